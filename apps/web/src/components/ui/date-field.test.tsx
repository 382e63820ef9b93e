import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateField } from './date-field';

function Harness(props: { initial: string; changes: (string | null)[] }) {
  const [value, setValue] = useState(props.initial);
  return (
    <MantineProvider>
      <DatesProvider settings={{ locale: 'vi' }}>
        <DateField
          label="Ngày báo cáo"
          value={value}
          clearable
          onChange={(v) => {
            props.changes.push(v);
            setValue(v ?? '');
          }}
        />
        <button type="button">khác</button>
      </DatesProvider>
    </MantineProvider>
  );
}

describe('date field', () => {
  it('shows dd/MM/yyyy and takes a date typed that way', async () => {
    const user = userEvent.setup();
    const changes: (string | null)[] = [];
    render(<Harness initial="2026-03-20" changes={changes} />);
    const field = screen.getByRole('textbox', { name: 'Ngày báo cáo' });
    expect(field).toHaveValue('20/03/2026');

    await user.clear(field);
    await user.type(field, '5/3/2026');
    expect(changes.at(-1)).toBe('2026-03-05');
    await user.click(screen.getByRole('button', { name: 'khác' }));
    expect(field).toHaveValue('05/03/2026');
  });

  it('gives no date for a day that does not exist', async () => {
    const user = userEvent.setup();
    const changes: (string | null)[] = [];
    render(<Harness initial="2026-03-20" changes={changes} />);
    const field = screen.getByRole('textbox', { name: 'Ngày báo cáo' });
    await user.clear(field);
    await user.type(field, '31/02/2026');
    expect(changes.filter((c) => c !== null)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'khác' }));
    expect(field).toHaveValue('');
  });
});
