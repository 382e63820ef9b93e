import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PasswordField } from './password-field';

describe('PasswordField', () => {
  it('lets the keyboard reach a named show-password button that reveals the password', async () => {
    const user = userEvent.setup();
    render(
      <MantineProvider env="test">
        <PasswordField label="Mật khẩu" />
        <button type="button">Đăng nhập</button>
      </MantineProvider>,
    );
    const field = screen.getByLabelText('Mật khẩu');
    await user.click(field);
    await user.keyboard('PhoiHop@2025');
    await user.tab();
    const toggle = screen.getByRole('button', { name: 'Hiện nội dung đã nhập' });
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(field).toHaveAttribute('type', 'text');
  });
});
