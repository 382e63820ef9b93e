import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LoadMore(props: { hasMore: boolean; loading: boolean; onLoadMore: () => void }) {
  const { t } = useTranslation();
  if (!props.hasMore) return null;
  return (
    <Center mt="md">
      <Button variant="default" loading={props.loading} onClick={props.onLoadMore}>
        {t('common.loadMore')}
      </Button>
    </Center>
  );
}
