import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInVietnam } from '@phoihop/shared/dates';
import {
  authorityPrefixes,
  type ReportSettings,
  type ReportSettingsView,
} from '@phoihop/shared/reports';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormError } from '../../../components/ui/form-error';
import { isApiError } from '../../../lib/api-client';
import { useUpdateReportSettings } from '../api/report-settings';
import { DocumentFooter, DocumentHeader } from './report-header';

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Lists are typed one item a line: the count and each line's length are checked as the API does. */
const linesField = (t: TFunction, min: number, max: number, maxLength: number) =>
  z.string().superRefine((value, ctx) => {
    const lines = linesOf(value);
    if (lines.length < min)
      ctx.addIssue({ code: 'custom', message: t('reports.settings.required') });
    else if (lines.length > max)
      ctx.addIssue({ code: 'custom', message: t('reports.settings.maxLines', { max }) });
    else if (lines.some((l) => l.length > maxLength))
      ctx.addIssue({
        code: 'custom',
        message: t('reports.settings.maxLength', { max: maxLength }),
      });
  });

const textField = (t: TFunction, max: number, required = true) =>
  z
    .string()
    .trim()
    .max(max, { message: t('reports.settings.maxLength', { max }) })
    .refine((v) => !required || v !== '', { message: t('reports.settings.required') });

const formSchema = (t: TFunction) =>
  z.object({
    issuerParent: linesField(t, 0, 3, 80),
    issuerName: linesField(t, 1, 3, 80),
    symbol: textField(t, 30),
    place: textField(t, 80),
    authority: z
      .array(z.object({ prefix: z.enum(authorityPrefixes), of: textField(t, 80) }))
      .max(3),
    title: textField(t, 80, false),
    name: textField(t, 80),
    to: linesField(t, 0, 20, 200),
    archive: linesField(t, 0, 5, 50),
  });
type FormValues = z.input<ReturnType<typeof formSchema>>;

const formValuesOf = (s: ReportSettings): FormValues => ({
  issuerParent: s.issuerParent.join('\n'),
  issuerName: s.issuerName.join('\n'),
  symbol: s.symbol,
  place: s.place,
  authority: s.signature.authority.map((a) => ({ ...a })),
  title: s.signature.title ?? '',
  name: s.signature.name,
  to: s.recipients.to.join('\n'),
  archive: s.recipients.archive.join('\n'),
});

const settingsOf = (v: FormValues): ReportSettings => ({
  issuerParent: linesOf(v.issuerParent),
  issuerName: linesOf(v.issuerName),
  symbol: v.symbol.trim(),
  place: v.place.trim(),
  signature: {
    authority: v.authority.map((a) => ({ prefix: a.prefix, of: a.of.trim() })),
    title: v.title.trim() || null,
    name: v.name.trim(),
  },
  recipients: { to: linesOf(v.to), archive: linesOf(v.archive) },
});

/** The unit's report settings, with the header and signature as they will print. */
export function ReportSettingsForm(props: { view: ReportSettingsView }) {
  const { t } = useTranslation();
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema(t)),
    defaultValues: formValuesOf(props.view.settings),
  });
  const authority = useFieldArray({ control: form.control, name: 'authority' });
  const update = useUpdateReportSettings();
  const watched = useWatch({ control: form.control }) as FormValues;
  const { errors } = form.formState;
  const submit = form.handleSubmit((values) =>
    update.mutate(
      { version: props.view.version, body: settingsOf(values) },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('common.saved') }),
        onError: (error) => {
          // The form reloads with what the other person saved; the notice stays to say why.
          if (isApiError(error) && error.code === 'VERSION_CONFLICT')
            notifications.show({
              color: 'orange',
              title: t('errors.conflictTitle'),
              message: t('errors.conflict'),
              autoClose: false,
            });
        },
      },
    ),
  );
  const preview = settingsOf(watched);
  const title = t('reports.settings.title');
  return (
    <form noValidate aria-label={title} onSubmit={(event) => void submit(event)}>
      <Stack>
        <Alert color="blue">{t('reports.settings.intro')}</Alert>
        {props.view.version === null && (
          <Text size="sm" c="dimmed">
            {t('reports.settings.defaults')}
          </Text>
        )}
        <Fieldset legend={t('reports.settings.issuer')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label={t('reports.settings.issuerParent')}
              description={t('reports.settings.issuerParentHelp')}
              autosize
              minRows={2}
              error={errors.issuerParent?.message}
              {...form.register('issuerParent')}
            />
            <Textarea
              label={t('reports.settings.issuerName')}
              description={t('reports.settings.issuerNameHelp')}
              required
              autosize
              minRows={2}
              error={errors.issuerName?.message}
              {...form.register('issuerName')}
            />
            <TextInput
              label={t('reports.settings.symbol')}
              description={t('reports.settings.symbolHelp')}
              required
              error={errors.symbol?.message}
              {...form.register('symbol')}
            />
            <TextInput
              label={t('reports.settings.place')}
              description={t('reports.settings.placeHelp')}
              required
              error={errors.place?.message}
              {...form.register('place')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('reports.settings.signer')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('reports.settings.authorityHelp')}
            </Text>
            {authority.fields.map((field, i) => (
              <Group key={field.id} align="flex-start" gap="xs" wrap="nowrap">
                <Controller
                  control={form.control}
                  name={`authority.${i}.prefix`}
                  render={({ field: prefix }) => (
                    <Select
                      aria-label={t('reports.settings.prefixOf', { n: i + 1 })}
                      w={110}
                      allowDeselect={false}
                      data={[...authorityPrefixes]}
                      value={prefix.value}
                      onChange={(value) => value && prefix.onChange(value)}
                    />
                  )}
                />
                <TextInput
                  style={{ flex: 1 }}
                  aria-label={t('reports.settings.authorityOf', { n: i + 1 })}
                  placeholder={t('reports.settings.authorityPlaceholder')}
                  error={errors.authority?.[i]?.of?.message}
                  {...form.register(`authority.${i}.of`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('reports.settings.removeAuthority', { n: i + 1 })}
                  onClick={() => authority.remove(i)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            {authority.fields.length < 3 && (
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() =>
                    authority.append({ prefix: authority.fields.length ? 'KT.' : 'TM.', of: '' })
                  }
                >
                  {t('reports.settings.addAuthority')}
                </Button>
              </Group>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('reports.settings.signerTitle')}
                description={t('reports.settings.signerTitleHelp')}
                error={errors.title?.message}
                {...form.register('title')}
              />
              <TextInput
                label={t('reports.settings.signerName')}
                required
                error={errors.name?.message}
                {...form.register('name')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('reports.settings.recipients')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label={t('reports.settings.recipientsTo')}
              description={t('reports.settings.recipientsToHelp')}
              autosize
              minRows={3}
              error={errors.to?.message}
              {...form.register('to')}
            />
            <Textarea
              label={t('reports.settings.archive')}
              description={t('reports.settings.archiveHelp')}
              autosize
              minRows={1}
              error={errors.archive?.message}
              {...form.register('archive')}
            />
          </SimpleGrid>
        </Fieldset>
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('reports.settings.preview')}
          </Text>
          <Paper
            withBorder
            p="md"
            c="black"
            bg="white"
            style={{ fontFamily: '"Times New Roman", Times, serif', fontSize: 15 }}
            data-testid="report-settings-preview"
          >
            <DocumentHeader header={{ ...preview, number: null, date: todayInVietnam() }} />
            <DocumentFooter header={{ ...preview, number: null, date: todayInVietnam() }} />
          </Paper>
        </Stack>
        <FormError
          error={
            isApiError(update.error) && update.error.code === 'VERSION_CONFLICT'
              ? null
              : update.error
          }
        />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
