import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { ReceptionVisit } from '@phoihop/shared/reception';
import { IconLink, IconLock, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RevealIdentityButton } from '../../../components/ui/reveal-identity-button';
import { useVisitIdentity } from '../api/get-visit-identity';
import { CaseLink, OpenCaseButton } from './case-links';

export interface VisitActions {
  canManage: boolean;
  canOpenCase: boolean;
  onEdit: (visit: ReceptionVisit) => void;
  onJoin: (visit: ReceptionVisit) => void;
}

type Person = Pick<
  ReceptionVisit,
  'citizenName' | 'address' | 'idNumber' | 'phone' | 'representative'
>;

/**
 * A denouncer's visit: masked for everyone; the case's handler and the People's Committee head
 * may reveal the citizen, and each reveal is written to the audit log.
 */
function MaskedIdentity({ visit }: { visit: ReceptionVisit }) {
  const { t } = useTranslation();
  const [reveal, setReveal] = useState(false);
  const revealed = useVisitIdentity(visit.id, reveal);
  if (revealed.data) {
    return (
      <div data-testid="identity-revealed">
        <Person person={revealed.data} />
        <Text size="xs" c="orange">
          {t('reception.visits.identityLogged')}
        </Text>
      </div>
    );
  }
  return (
    <Stack gap={4}>
      <Group gap={6}>
        <IconLock size={16} aria-hidden />
        <Text fw={600}>{t('reception.visits.masked')}</Text>
      </Group>
      {visit.can.viewIdentity && (
        <RevealIdentityButton
          label={t('reception.visits.revealIdentity')}
          loading={revealed.isFetching}
          error={revealed.error}
          onReveal={() => setReveal(true)}
        />
      )}
    </Stack>
  );
}

function Identity({ visit }: { visit: ReceptionVisit }) {
  return visit.masked ? <MaskedIdentity visit={visit} /> : <Person person={visit} />;
}

function Person({ person: visit }: { person: Person }) {
  const { t } = useTranslation();
  const contact = [visit.address, visit.idNumber, visit.phone].filter(Boolean).join(' · ');
  return (
    <div>
      <Text fw={600}>{visit.citizenName}</Text>
      {contact && (
        <Text size="sm" c="dimmed">
          {contact}
        </Text>
      )}
      {visit.representative && (
        <Text size="sm">
          {t('reception.visits.representative', { name: visit.representative })}
        </Text>
      )}
    </div>
  );
}

function VisitCard({ visit, actions }: { visit: ReceptionVisit; actions: VisitActions }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" radius="md" data-testid="visit-card">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Identity visit={visit} />
          <Group gap={4}>
            {visit.groupSize > 1 && (
              <Badge color="grape" variant="light" tt="none">
                {t('reception.visits.group', { count: visit.groupSize })}
              </Badge>
            )}
            {visit.kind && (
              <Badge variant="light" tt="none">
                {t(`reception.caseKinds.${visit.kind}`)}
              </Badge>
            )}
            {visit.field && (
              <Badge color="gray" variant="light" tt="none">
                {t(`reception.fields.${visit.field}`)}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {visit.content}
        </Text>
        {visit.documents && (
          <Text size="sm">{t('reception.visits.documents', { documents: visit.documents })}</Text>
        )}
        {visit.handling && (
          <Text size="sm" fw={500}>
            {t(`reception.handlings.${visit.handling}`)}
          </Text>
        )}
        {visit.result && (
          <Text size="sm">{t('reception.visits.result', { result: visit.result })}</Text>
        )}
        {visit.officerName && (
          <Text size="xs" c="dimmed">
            {t('reception.visits.officer', { name: visit.officerName })}
          </Text>
        )}
        <Group gap="xs">
          {visit.case ? (
            <CaseLink caseId={visit.case.id}>
              {t('reception.visits.linkedCase', { number: visit.case.number })}
            </CaseLink>
          ) : (
            <>
              {actions.canOpenCase && <OpenCaseButton visitId={visit.id} />}
              {actions.canManage && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconLink size={14} aria-hidden />}
                  onClick={() => actions.onJoin(visit)}
                >
                  {t('reception.visits.joinCase')}
                </Button>
              )}
            </>
          )}
          {actions.canManage && (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => actions.onEdit(visit)}
            >
              {t('reception.visits.edit')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

export function VisitList(props: { visits: ReceptionVisit[]; actions: VisitActions }) {
  return (
    <Stack gap="sm" data-testid="visit-list">
      {props.visits.map((visit) => (
        <VisitCard key={visit.id} visit={visit} actions={props.actions} />
      ))}
    </Stack>
  );
}
