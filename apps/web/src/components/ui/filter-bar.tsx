import { Button, SimpleGrid, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A list's filters in a grid. On a phone only the `main` ones (the search, one choice) show until
 * the person asks for the rest, so the list itself starts on the first screen; the button says
 * how many of the folded filters are set.
 */
export function FilterBar(props: { main: ReactNode; more: ReactNode; activeMore: number }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <Stack gap="sm" mb="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        {props.main}
        {!phone && props.more}
      </SimpleGrid>
      {phone && (
        <>
          <Button
            variant="default"
            leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
            aria-expanded={opened}
            onClick={toggle}
          >
            {t('ui.moreFilters', { count: props.activeMore })}
          </Button>
          {opened && <SimpleGrid cols={1}>{props.more}</SimpleGrid>}
        </>
      )}
    </Stack>
  );
}
