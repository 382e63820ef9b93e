import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '../../app/provider';
import { AttachmentLink, type AttachmentFile } from './attachment-link';

const id = '01900000-0000-7000-8000-000000000001';
const show = (file: AttachmentFile) =>
  render(
    <AppProvider queryClient={new QueryClient()} env="test">
      <AttachmentLink file={file} />
    </AppProvider>,
  );

describe('attachment link', () => {
  it('opens a PDF in the page, with a download button', async () => {
    show({ id, fileName: 'bien-ban.pdf', mimeType: 'application/pdf' });
    await userEvent.click(screen.getByRole('button', { name: 'bien-ban.pdf' }));

    const dialog = await screen.findByRole('dialog', { name: 'bien-ban.pdf' });
    const frame = within(dialog).getByTitle('bien-ban.pdf');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toMatch(new RegExp(`/api/attachments/${id}/preview$`));
    const download = within(dialog).getByRole('link', { name: 'Tải về' });
    expect(download.getAttribute('href')).toMatch(new RegExp(`/api/attachments/${id}$`));
    expect(download).toHaveAttribute('download', 'bien-ban.pdf');
  });

  it('shows a picture as an image', async () => {
    show({ id, fileName: 'anh-hien-truong.jpg', mimeType: 'image/jpeg' });
    await userEvent.click(screen.getByRole('button', { name: 'anh-hien-truong.jpg' }));
    const dialog = await screen.findByRole('dialog', { name: 'anh-hien-truong.jpg' });
    const image = within(dialog).getByRole('img', { name: 'anh-hien-truong.jpg' });
    expect(image.getAttribute('src')).toMatch(/\/preview$/);
  });

  it('leaves other files as a plain download', () => {
    show({ id, fileName: 'to-trinh.docx', mimeType: 'application/msword' });
    const link = screen.getByRole('link', { name: 'to-trinh.docx' });
    expect(link.getAttribute('href')).toMatch(new RegExp(`/api/attachments/${id}$`));
    expect(link).toHaveAttribute('download', 'to-trinh.docx');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
