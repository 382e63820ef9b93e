import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PageHeader } from './page-header';

const renderHeader = (title: string) =>
  render(
    <MantineProvider env="test">
      <PageHeader title={title} />
    </MantineProvider>,
  );

describe('PageHeader', () => {
  it('names the browser tab after the page and gives the name back when the page goes', () => {
    const view = renderHeader('Đơn thư');
    expect(document.title).toBe('Đơn thư · Phối hợp');
    view.rerender(
      <MantineProvider env="test">
        <PageHeader title="Tiếp công dân" />
      </MantineProvider>,
    );
    expect(document.title).toBe('Tiếp công dân · Phối hợp');
    view.unmount();
    expect(document.title).toBe('Phối hợp');
  });
});
