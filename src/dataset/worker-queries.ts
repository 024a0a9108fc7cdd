import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { EventsRequest, Filters, OrganizationRequest, StepsRequest, SummaryRequest } from '../engine/contract';
import type { DatasetClient } from './dataset-client';
import type { LoadedIndex } from './index-query';

/** What the worker answers never changes for a loaded index: each answer is kept for the page's life. */
export const organizationProfileQueryOptions = (loaded: LoadedIndex, request: OrganizationRequest) =>
  queryOptions({
    queryKey: ['dataset-organization', loaded.url, request],
    queryFn: () => loaded.client.organization(request),
    staleTime: Infinity,
  });

/** An organization's profile, made in the worker. */
export const useOrganizationProfileQuery = (loaded: LoadedIndex, request: OrganizationRequest) => useQuery(organizationProfileQueryOptions(loaded, request));

export const articleStepsQueryOptions = (loaded: LoadedIndex, request: StepsRequest) =>
  queryOptions({
    queryKey: ['dataset-steps', loaded.url, request],
    queryFn: () => loaded.client.steps(request),
    staleTime: Infinity,
  });

/** Where an article sits in the current results, and its neighbours there. */
export const useArticleStepsQuery = (loaded: LoadedIndex, request: StepsRequest) => useQuery(articleStepsQueryOptions(loaded, request));

export const summaryModelQueryOptions = (loaded: LoadedIndex, request: SummaryRequest) =>
  queryOptions({
    queryKey: ['dataset-summary', loaded.url, request],
    queryFn: () => loaded.client.summary(request),
    staleTime: Infinity,
  });

/** The summary of a view, made in the worker; the previous view's stays up while the next is counted. */
export const useSummaryModelQuery = (loaded: LoadedIndex, request: SummaryRequest) =>
  useQuery({ ...summaryModelQueryOptions(loaded, request), placeholderData: keepPreviousData });

/**
 * How many articles each of these filters matches, for an empty view's "remove X → n articles"; null
 * asks nothing (the view has results).
 */
export const useMatchCountsQuery = (loaded: LoadedIndex, filters: readonly Filters[] | null) =>
  useQuery({ queryKey: ['dataset-counts', loaded.url, filters], queryFn: () => loaded.client.count(filters!), staleTime: Infinity, enabled: filters !== null });

/** What the events query needs of a loaded index. */
export interface EventsSource {
  url: string;
  client: Pick<DatasetClient, 'events'>;
}

/**
 * The events the timeline marks for a view. No placeholder: another view's events
 * over these counts would mark what these articles do not report.
 */
export const useTimelineEventsQuery = (loaded: EventsSource, request: EventsRequest | null) =>
  useQuery({ queryKey: ['dataset-events', loaded.url, request], queryFn: () => loaded.client.events(request!), staleTime: Infinity, enabled: request !== null });
