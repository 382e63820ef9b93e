import { Stack } from '@mantine/core';
import type { Suggestion } from '@phoihop/shared/suggestions';
import { useState } from 'react';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { SuggestionCard, type SuggestionStepKind } from './suggestion-card';
import { SuggestionStepModal } from './suggestion-step-modal';

/** Suggestions as cards, each with the steps its reader may take. */
export function SuggestionList(props: { suggestions: Suggestion[]; showOpening?: boolean }) {
  const canOpenCase = hasPermission(useCurrentMe(), 'case:register');
  const [dialog, setDialog] = useState<{ id: string; step: SuggestionStepKind } | null>(null);
  // The dialog follows the suggestion as refetched (after a conflict it holds the new version).
  const current = dialog && props.suggestions.find((s) => s.id === dialog.id);
  return (
    <>
      <Stack gap="xs">
        {props.suggestions.map((suggestion) => (
          <SuggestionCard
            key={suggestion.id}
            suggestion={suggestion}
            canOpenCase={canOpenCase}
            showOpening={props.showOpening}
            onStep={(s, step) => setDialog({ id: s.id, step })}
          />
        ))}
      </Stack>
      {dialog && current && (
        <SuggestionStepModal
          suggestion={current}
          step={dialog.step}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
