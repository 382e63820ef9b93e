import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Suggestion } from '@phoihop/shared/suggestions';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useHandleSuggestion } from '../api/handle-suggestion';
import type { SuggestionStepKind } from './suggestion-card';
import { AnswerForm, FileForm, ForwardForm, type StepFormProps } from './suggestion-step-forms';

/** Forward a suggestion to a body, record the answer, or file it with a note. */
export function SuggestionStepModal(props: {
  suggestion: Suggestion;
  step: SuggestionStepKind;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { suggestion, step } = props;
  const handle = useHandleSuggestion();
  const [problem, setProblem] = useState<unknown>(null);
  const form: StepFormProps = {
    saving: handle.isPending,
    problem,
    onCancel: props.onClose,
    onSubmit: (body, setError, fields) => {
      setProblem(null);
      handle.mutate(
        { id: suggestion.id, version: suggestion.version, step: body },
        {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t(`suggestions.${step}.done`) });
            props.onClose();
          },
          onError: (error) => {
            if (!applyFieldErrors(error, setError, fields)) setProblem(error);
          },
        },
      );
    },
  };
  return (
    <Modal opened onClose={props.onClose} size="lg" title={t(`suggestions.${step}.title`)}>
      <Stack>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
          {suggestion.summary}
        </Text>
        {step === 'forward' && <ForwardForm {...form} />}
        {step === 'answer' && <AnswerForm {...form} />}
        {step === 'file' && <FileForm {...form} />}
      </Stack>
    </Modal>
  );
}
