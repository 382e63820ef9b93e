import {
  DEFAULT_THEME,
  isLightColor,
  MantineProvider,
  mergeMantineTheme,
  NumberInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { QueryClient } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProvider } from './provider';
import { contrastRatio, cssVariablesResolver, lightBackgrounds, themeOf } from './theme';

const theme = mergeMantineTheme(DEFAULT_THEME, themeOf({ close: 'Đóng', clear: 'Xóa' }));
const light = cssVariablesResolver(theme).light as Record<string, string>;
const { colors } = DEFAULT_THEME;
const white = '#ffffff';
const colourNames = Object.keys(colors).filter((name) => name !== 'dark' && name !== 'gray');

describe('theme', () => {
  it('keeps red for what is late or wrong: the primary colour is blue', () => {
    expect(theme.primaryColor).toBe('blue');
    const primary = colors.blue[8];
    expect(contrastRatio(primary, white)).toBeGreaterThanOrEqual(4.5);
  });

  it('writes helper text, placeholders and errors at 4.5:1 or more', () => {
    for (const key of [
      '--mantine-color-dimmed',
      '--mantine-color-placeholder',
      '--mantine-color-error',
    ]) {
      for (const background of lightBackgrounds) {
        expect(contrastRatio(light[key]!, background), key).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('writes coloured text, outlined and light badges (orange, yellow…) at 4.5:1 or more', () => {
    for (const name of colourNames) {
      const text = light[`--mantine-color-${name}-text`]!;
      const outline = light[`--mantine-color-${name}-outline`]!;
      const onLight = light[`--mantine-color-${name}-light-color`]!;
      // White, striped and hovered rows, and every colour's pale tint (badges in an alert).
      for (const background of lightBackgrounds) {
        expect(contrastRatio(text, background), `${name} text`).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(outline, background), `${name} outline`).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(onLight, background), `${name} light`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('puts black or white on filled buttons and badges, whichever reads at 4.5:1', () => {
    for (const name of colourNames) {
      const fill = colors[name]![8];
      const ink = isLightColor(fill, theme.luminanceThreshold) ? '#000000' : white;
      expect(contrastRatio(ink, fill), `${name} filled`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('AppProvider', () => {
  it('shows notifications at the bottom, clear of the header and of drawer titles', async () => {
    render(
      <AppProvider queryClient={new QueryClient()} env="test">
        <p>page</p>
      </AppProvider>,
    );
    act(() => void notifications.show({ message: 'Đã lưu' }));
    const message = await screen.findByText('Đã lưu');
    const container = message.closest('[data-position]');
    expect(container).toHaveAttribute('data-position', 'bottom-left');
  });

  it('gives number fields no unnamed spinner buttons', () => {
    render(
      <MantineProvider theme={themeOf({ close: 'Đóng', clear: 'Xóa' })} env="test">
        <NumberInput label="Tỷ lệ hoàn thành (%)" />
      </MantineProvider>,
    );
    expect(screen.getByLabelText('Tỷ lệ hoàn thành (%)')).toBeInTheDocument();
    expect(document.querySelector('.mantine-NumberInput-control')).toBeNull();
  });
});
