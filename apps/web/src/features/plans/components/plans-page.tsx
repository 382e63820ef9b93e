import { Button, SimpleGrid } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { usePlans } from '../api/list-plans';
import { CreatePlanModal } from './create-plan-modal';
import { PlanCard } from './plan-card';

export function PlansPage() {
  const { t } = useTranslation();
  const canManage = hasPermission(useCurrentMe(), 'plan:manage');
  const query = usePlans();
  const [creating, setCreating] = useState(false);
  const plans = query.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('plans.title')}
        description={t('pages.plans')}
        actions={
          canManage && (
            <>
              <Button
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={() => setCreating(true)}
              >
                {t('plans.create')}
              </Button>
              <Button
                variant="default"
                component={Link}
                to={paths.plansImport}
                leftSection={<IconFileImport size={18} aria-hidden />}
              >
                {t('plans.import.open')}
              </Button>
            </>
          )
        }
      />
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={plans.length === 0}
        emptyText={t('plans.empty')}
        onRetry={() => void query.refetch()}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="plans-list">
        {plans.map((plan) => (
          <PlanCard key={plan.id} plan={plan} />
        ))}
      </SimpleGrid>
      {creating && <CreatePlanModal onClose={() => setCreating(false)} />}
    </>
  );
}
