import { Card, Spoiler, Stack, Text, Title } from '@mantine/core';
import type { ReportFigure } from '@phoihop/shared/reports';
import { useTranslation } from 'react-i18next';
import { ListLinkAnchor } from '../../../components/ui/list-link-anchor';

/** Every figure the report can quote, with its value at the report's date and where it comes from. */
export function FiguresPanel(props: { figures: readonly ReportFigure[]; asOfText: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="report-figures-title">
      <Title order={2} size="h4" id="report-figures-title">
        {t('reports.figures.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('reports.figures.intro', { date: props.asOfText })}
      </Text>
      <Spoiler
        maxHeight={360}
        showLabel={t('reports.figures.showAll')}
        hideLabel={t('reports.figures.showLess')}
      >
        <Stack gap="xs">
          {props.figures.map((f) => (
            <Stack key={f.key} gap={0} data-testid="report-figure-row">
              <Text size="sm">
                {f.label}:{' '}
                {f.link ? (
                  <ListLinkAnchor link={f.link} figure fw={700}>
                    {f.text}
                  </ListLinkAnchor>
                ) : (
                  <Text span fw={700}>
                    {f.text}
                  </Text>
                )}
              </Text>
              <Text size="xs" c="dimmed">
                {f.source}
              </Text>
            </Stack>
          ))}
        </Stack>
      </Spoiler>
    </Card>
  );
}
