import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  FileInput,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CaseAction } from '@phoihop/shared/case-clocks';
import { caseActionBodySchema, type Case, type CaseActionBody } from '@phoihop/shared/cases';
import { useState } from 'react';
import { Controller, useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { useCurrentMe } from '../../../lib/auth';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useHandlerOptions } from '../api/list-handler-options';
import type { OrganisationOption } from '../../organisations/api/list-organisation-options';
import { useTakeCaseAction } from '../api/take-case-action';
import { attachmentAccept, MAX_ATTACHMENT_BYTES, uploadAttachment } from '../api/upload-attachment';
import { actionDefaults, actionFields, actionTakesFile, type ActionField } from '../action-fields';
import { CasePicker } from './case-picker';
import { DateField } from '../../../components/ui/date-field';

type Values = Record<string, unknown>;

const schemaOf = (action: CaseAction) =>
  caseActionBodySchema.options.find((option) => option.shape.action.value === action)!;

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** One step of the case: its fields, sent with the version the user saw (If-Match). */
export function ActionFormModal(props: {
  kase: Case;
  action: CaseAction;
  today: string;
  organisations: OrganisationOption[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const { kase, action } = props;
  const fields = actionFields[action];
  const form = useForm<Values, unknown, CaseActionBody>({
    resolver: zodResolver(schemaOf(action)) as unknown as Resolver<Values, unknown, CaseActionBody>,
    defaultValues: actionDefaults(action, kase, props.today),
  });
  const take = useTakeCaseAction();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const organisationId = useWatch({ control: form.control, name: 'assignedOrganisationId' }) as
    string | null;
  const handlers = useHandlerOptions(
    me,
    organisationId ?? kase.assignedOrganisation?.id,
    kase.handler,
  );
  const errors: FieldErrors<Values> = form.formState.errors;
  const label = (name: string) =>
    t(`cases.actionForm.labels.${action}.${name}`, {
      defaultValue: t(`cases.actionForm.fields.${name}`),
    });

  const submit = form.handleSubmit(async (body) => {
    setFailure(null);
    setConflict(false);
    let attachmentId: string | undefined;
    if (file) {
      setUploading(true);
      try {
        attachmentId = (await uploadAttachment(file)).id;
      } catch (error) {
        setFileError(isApiError(error) ? (error.detail ?? error.title) : t('errors.unexpected'));
        return;
      } finally {
        setUploading(false);
      }
    }
    take.mutate(
      {
        id: kase.id,
        version: kase.version,
        body: attachmentId ? ({ ...body, attachmentId } as CaseActionBody) : body,
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('cases.actionForm.done', { action: t(`cases.actions.${action}`) }),
          });
          props.onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'VERSION_CONFLICT') setConflict(true);
          else if (
            !applyFieldErrors(
              error,
              form.setError,
              fields.map((f) => f.name),
            )
          )
            setFailure(isApiError(error) ? (error.detail ?? error.title) : t('errors.unexpected'));
        },
      },
    );
  });

  const errorOf = (field: ActionField) => {
    const message = errors[field.name]?.message;
    if (!errors[field.name]) return undefined;
    return field.required && isEmpty(form.getValues(field.name))
      ? t('cases.actionForm.required')
      : typeof message === 'string'
        ? message
        : t('cases.actionForm.invalid');
  };

  const renderField = (field: ActionField) => {
    const common = { label: label(field.name), required: field.required, error: errorOf(field) };
    switch (field.type) {
      case 'text':
        return <TextInput {...common} {...form.register(field.name)} />;
      case 'textarea':
        return <Textarea {...common} autosize minRows={2} {...form.register(field.name)} />;
      case 'boolean':
        return <Checkbox label={common.label} {...form.register(field.name)} />;
      default:
        return (
          <Controller
            control={form.control}
            name={field.name}
            render={({ field: input }) => {
              const value = input.value as string | number | null | undefined;
              switch (field.type) {
                case 'date':
                  return (
                    <DateField
                      {...common}
                      clearable={!field.required}
                      value={(value as string | null) || null}
                      // An optional date left blank is absent ("on": today) or null (a document's date).
                      onChange={(v) =>
                        input.onChange(
                          v ?? (field.required ? '' : field.name === 'on' ? undefined : null),
                        )
                      }
                    />
                  );
                case 'number':
                  return (
                    <NumberInput
                      {...common}
                      min={1}
                      max={365}
                      allowDecimal={false}
                      value={value ?? ''}
                      onChange={(v) => input.onChange(typeof v === 'number' ? v : null)}
                    />
                  );
                case 'select':
                  return (
                    <Select
                      {...common}
                      clearable={!field.required}
                      data={field.options.map((o) => ({
                        value: o,
                        label: t(`${field.prefix}.${o}`),
                      }))}
                      value={(value as string | null) ?? null}
                      onChange={(v) => input.onChange(v ?? (field.required ? null : undefined))}
                    />
                  );
                case 'organisation':
                case 'handler':
                  return (
                    <Select
                      {...common}
                      clearable
                      searchable
                      placeholder={t('cases.notAssigned')}
                      data={
                        field.type === 'organisation'
                          ? props.organisations.map(({ value: v, label: l }) => ({
                              value: v,
                              label: l,
                            }))
                          : handlers
                      }
                      value={(value as string | null) ?? null}
                      onChange={(v) => input.onChange(v ?? null)}
                    />
                  );
                case 'case':
                  return (
                    <CasePicker
                      {...common}
                      excludeId={kase.id}
                      value={(value as string | null) ?? null}
                      onChange={input.onChange}
                    />
                  );
                default:
                  return <></>;
              }
            }}
          />
        );
    }
  };

  return (
    <Modal opened onClose={props.onClose} title={t(`cases.actions.${action}`)} size="lg">
      <form
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-label={t(`cases.actions.${action}`)}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t(`cases.actionHelp.${action}`)}
          </Text>
          {fields.map((field) => (
            <div key={field.name}>{renderField(field)}</div>
          ))}
          {actionTakesFile(action) && (
            <FileInput
              label={t('cases.actionForm.file')}
              placeholder={t('cases.attachments.choose')}
              accept={attachmentAccept}
              clearable
              value={file}
              error={fileError}
              onChange={(value) => {
                const tooBig = value && value.size > MAX_ATTACHMENT_BYTES;
                setFileError(tooBig ? t('cases.attachments.tooBig', { name: value.name }) : null);
                setFile(tooBig ? null : value);
              }}
            />
          )}
          {conflict && (
            <Alert color="orange" role="alert" title={t('cases.actionForm.conflictTitle')}>
              <Text size="sm">{t('cases.actionForm.conflict')}</Text>
              <Button mt="xs" size="xs" variant="light" color="orange" onClick={props.onClose}>
                {t('cases.actionForm.reload')}
              </Button>
            </Alert>
          )}
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={uploading || take.isPending}
              color={action === 'decline' || action === 'withdraw' ? 'red' : undefined}
            >
              {t(`cases.actions.${action}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
