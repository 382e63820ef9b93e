import { Card, Spoiler, Stack, Text, Title } from '@mantine/core';
import type { ReportFigure } from '@phoihop/shared/reports';
import { useTranslation } from 'react-i18next';
import { ListLinkAnchor } from '../../../components/ui/list-link-anchor';
import { useFigureWords } from './figure-words';

/** Every figure the report can quote, with its value at the report's date and where it comes from. */
export function FiguresPanel(props: { figures: readonly ReportFigure[]; asOfText: string }) {
  const { t } = useTranslation();
  const words = useFigureWords();
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
                {words.label(f)}:{' '}
                {f.link ? (
                  <ListLinkAnchor link={f.link} figure fw={700}>
                    {words.text(f)}
                  </ListLinkAnchor>
                ) : (
                  <Text span fw={700}>
                    {words.text(f)}
                  </Text>
                )}
              </Text>
              <Text size="xs" c="dimmed">
                {words.source(f)}
              </Text>
            </Stack>
          ))}
        </Stack>
      </Spoiler>
    </Card>
  );
}
