import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '../../client/admission';
import { useApi } from '../../lib/ApiProvider';
import { unwrap } from '../../lib/api';

export type ApplicationCreate = Schemas['ApplicationCreate'];

/** The signed-in provider's own applications (the service limits a provider to its own). */
export function useOwnApplications() {
  const { admission } = useApi();
  return useQuery({
    queryKey: ['admission', 'applications', 'own'],
    queryFn: ({ signal }) => unwrap(admission.GET('/applications', { params: { query: { limit: 50 } }, signal })),
    staleTime: 0,
  });
}

export function useApply() {
  const { admission } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ApplicationCreate; idempotencyKey: string }) =>
      unwrap(admission.POST('/applications', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
    onSuccess: (application) => {
      queryClient.setQueryData(['admission', 'applications', application.id], application);
      void queryClient.invalidateQueries({ queryKey: ['admission', 'applications', 'own'] });
    },
  });
}

export type EvidenceUpload = { requirementCode: string; file: File; validUntil: string | null };

/** Uploads one document for one requirement (multipart/form-data), then reloads the application. */
export function useUploadEvidence(applicationId: string) {
  const { admission } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requirementCode, file, validUntil }: EvidenceUpload) =>
      unwrap(
        admission.POST('/applications/{application_id}/evidence', {
          params: { path: { application_id: applicationId } },
          body: { file: file as unknown as string, requirementCode, validUntil },
          bodySerializer: (body) => {
            const form = new FormData();
            form.append('file', file, file.name);
            form.append('requirementCode', body.requirementCode);
            if (body.validUntil) form.append('validUntil', body.validUntil);
            return form;
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admission', 'applications', applicationId] }),
  });
}
