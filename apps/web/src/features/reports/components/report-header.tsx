import { Box, Divider, Grid, Stack, Text, Title } from '@mantine/core';
import type { AnnualReportHeader } from '@phoihop/shared/reports';
import {
  DOCUMENT_KIND,
  MOTTO,
  NATIONAL_NAME,
  numberSymbol,
  placeDate,
  recipientLines,
  signatureLines,
} from '../report-format';

const line = { lh: 1.3, ff: 'inherit', fz: 'inherit' } as const;
// The header's capitals are set a size below the text, as the decree's 12–13 pt against 13–14.
const caps = { ...line, fz: { base: 12, sm: 14 } } as const;

/** The top of the document: issuing body and number (left), national name, motto and date (right). */
export function DocumentHeader(props: { header: AnnualReportHeader }) {
  const { header } = props;
  return (
    <Grid gap="md" data-testid="report-header">
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <Stack gap={0} align="center" ta="center">
          {header.issuerParent.map((l, i) => (
            <Text key={`p${i}`} {...caps}>
              {l.toUpperCase()}
            </Text>
          ))}
          {header.issuerName.map((l, i) => (
            <Text key={`n${i}`} {...caps} fw={700}>
              {l.toUpperCase()}
            </Text>
          ))}
          <Divider w="35%" color="dark" my={4} />
          <Text {...line} mt={6} style={{ whiteSpace: 'pre' }}>
            {numberSymbol(header.number, header.symbol)}
          </Text>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <Stack gap={0} align="center" ta="center">
          <Text {...caps} fw={700}>
            {NATIONAL_NAME}
          </Text>
          <Text {...line} fw={700}>
            {MOTTO}
          </Text>
          <Divider w="62%" color="dark" my={4} />
          <Text {...line} mt={6} fs="italic" data-testid="report-place-date">
            {placeDate(header.place, header.date)}
          </Text>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

/** "BÁO CÁO" and the summary title, centred and bold, with a short rule under them. */
export function DocumentTitle(props: { lines: readonly string[] }) {
  return (
    <Stack gap={0} align="center" ta="center">
      <Title order={2} ff="inherit" fz={17} fw={700} lh={1.4}>
        {DOCUMENT_KIND}
      </Title>
      {props.lines
        .filter((l) => l.trim() !== '')
        .map((l, i) => (
          <Text key={i} {...line} fw={700}>
            {l}
          </Text>
        ))}
      <Divider w="25%" color="dark" mt={6} />
    </Stack>
  );
}

/** The foot of the document: recipients (left) beside the signer (right). */
export function DocumentFooter(props: { header: AnnualReportHeader }) {
  const { header } = props;
  return (
    <Grid gap="md" mt="lg" data-testid="report-footer">
      <Grid.Col span={{ base: 12, sm: 5 }} order={{ base: 2, sm: 1 }}>
        <Text {...line} fz={13} fw={700} fs="italic">
          Nơi nhận:
        </Text>
        {recipientLines(header.recipients).map((l, i) => (
          <Text key={i} {...line} fz={12}>
            {l}
          </Text>
        ))}
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 7 }} order={{ base: 1, sm: 2 }}>
        <Stack gap={0} align="center" ta="center">
          {signatureLines(header.signature).map((l, i) => (
            <Text key={i} {...line} fw={700}>
              {l}
            </Text>
          ))}
          <Box h={72} />
          <Text {...line} fw={700}>
            {header.signature.name}
          </Text>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
