import { expect, test } from '@playwright/test';
import { signInAsDemo } from '../../support/api.ts';

const signedOut = { cookies: [], origins: [] };

test.describe('hòa giải ở cơ sở', () => {
  test.use({ storageState: signedOut });

  test('[MEDIATION]: phường mẫu có 15 tổ hòa giải với 132 hòa giải viên, năm 2025 hòa giải thành 100%', async ({
    page,
  }) => {
    await signInAsDemo(page, 'canbo-ubnd');
    await page.goto('/mediation?from=2025-01-01&to=2025-12-31');

    const stats = page.getByTestId('mediation-statistics');
    await expect(stats).toContainText('Kết quả hòa giải từ 01/01/2025 đến 31/12/2025');
    await expect(stats.getByTestId('stat-teams')).toHaveText(/\D15$/);
    await expect(stats.getByTestId('stat-mediators')).toHaveText(/\D132$/);
    // The rate names its base: successful of the concluded cases.
    await expect(stats.getByTestId('stat-rate')).toContainText('100%');
    await expect(stats.getByTestId('stat-rate')).toContainText('vụ đã kết thúc hòa giải');

    const teams = page.getByTestId('teams-table');
    await expect(teams.locator('tbody tr')).toHaveCount(15);
    const shown = await teams.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(shown.reduce((sum, n) => sum + Number(n), 0)).toBe(132);

    // A team opens with its mediators, the leader among them.
    const first = teams.locator('tbody tr').first().getByRole('link');
    const name = (await first.textContent()) ?? '';
    await first.click();
    await expect(page.getByTestId('team-header')).toContainText(name);
    await expect(page.getByTestId('mediators-table')).toContainText('Tổ trưởng');

    // The 2025 cases, all successful.
    await page.goto('/mediation?tab=cases&from=2025-01-01&to=2025-12-31&outcome=UNSUCCESSFUL');
    await expect(page.getByText('Không có kết quả phù hợp.')).toBeVisible();
    await page.goto('/mediation?tab=cases&from=2025-01-01&to=2025-12-31&outcome=SUCCESSFUL');
    await expect(
      page.getByTestId('mediation-cases-table').locator('tbody tr').first(),
    ).toContainText('Hòa giải thành');
  });
});
