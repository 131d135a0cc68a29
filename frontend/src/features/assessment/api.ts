import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Application } from '../../client/admission';
import { useApi } from '../../lib/ApiProvider';
import { unwrap } from '../../lib/api';

/** Applications waiting for the region (oldest first) and its open signals. */
export function useWorkQueue() {
  const { admission } = useApi();
  return useQuery({
    queryKey: ['admission', 'work-queue'],
    queryFn: ({ signal }) => unwrap(admission.GET('/work-queue', { signal })),
    staleTime: 0,
  });
}

const applicationKey = (id: string) => ['admission', 'applications', id] as const;

export function useApplication(applicationId: string) {
  const { admission } = useApi();
  return useQuery({
    queryKey: applicationKey(applicationId),
    queryFn: ({ signal }) =>
      unwrap(admission.GET('/applications/{application_id}', { params: { path: { application_id: applicationId } }, signal })),
    staleTime: 0,
  });
}

export type AssessmentStep =
  | { step: 'screening' }
  | { step: 'verdict'; requirementCode: string; verdict: 'approved' | 'rejected'; reason?: string }
  | { step: 'evidence-request'; requirementCode: string; message: string }
  | { step: 'dialogue' }
  | { step: 'admission'; reasons: string[]; admittedOn: string | null }
  | { step: 'rejection'; reasons: string[] };

/** One assessment step on an application; the answer is the application as it now stands. */
export function useAssessmentStep(applicationId: string) {
  const { admission } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: AssessmentStep): Promise<Application> => {
      const path = { params: { path: { application_id: applicationId } } };
      switch (action.step) {
        case 'screening':
          return unwrap(admission.POST('/applications/{application_id}/screening', path));
        case 'verdict':
          return unwrap(
            admission.POST('/applications/{application_id}/verdicts', {
              ...path,
              body: { requirementCode: action.requirementCode, verdict: action.verdict, reason: action.reason ?? '' },
            }),
          );
        case 'evidence-request':
          return unwrap(
            admission.POST('/applications/{application_id}/evidence-requests', {
              ...path,
              body: { requirementCode: action.requirementCode, message: action.message },
            }),
          );
        case 'dialogue':
          return unwrap(admission.POST('/applications/{application_id}/dialogue', path));
        case 'admission':
          return unwrap(
            admission.POST('/applications/{application_id}/admission', {
              ...path,
              body: { reasons: action.reasons, admittedOn: action.admittedOn },
            }),
          );
        case 'rejection':
          return unwrap(admission.POST('/applications/{application_id}/rejection', { ...path, body: { reasons: action.reasons } }));
      }
    },
    onSuccess: (application) => {
      queryClient.setQueryData(applicationKey(applicationId), application);
      void queryClient.invalidateQueries({ queryKey: ['admission', 'work-queue'] });
    },
  });
}
