import type { Article, Dataset } from '../../src/domain/schema';
import { decodeArticleIndex } from '../../src/engine/columnar/decode-article-index';
import { encodeArticleIndex } from '../../src/engine/columnar/encode-article-index';
import type { ArticleSteps, EventsRequest, ExploreAnswer, ExploreRequest, ExportRequest, StepsRequest } from '../../src/engine/columnar/explore-service';
import type { IndexSummary } from '../../src/engine/contract';
import type { PlacedEvents } from '../../src/engine/columnar/gather-events';
import { ExploreService } from '../../src/engine/columnar/explore-service';
import { encodeDatasetFiles } from '../../src/engine/columnar/dataset-folder';
import { SEARCH_FILE } from '../../src/engine/columnar/search-file';
import type { OrganizationProfile, OrganizationRequest } from '../../src/engine/columnar/organization-profile';
import type { SummaryRequest } from '../../src/engine/columnar/summary-model';
import type { SummaryModel } from '../../src/engine/summary-model';
import type { Filters } from '../../src/engine/filters';

type Method = 'organization' | 'steps' | 'summary' | 'export';

interface Setup {
  dataset: Dataset;
  /** What the worker's download of `search.bin` gives: the file as the ingest writes it, none (an older dataset), or bytes that are not one. */
  searchFile: 'written' | 'missing' | 'corrupt';
  held: Map<Method, Promise<void>>;
  failing: Set<Method>;
}

let setup: Setup | null = null;

/**
 * The dataset the next fake worker serves, as a dataset folder: its index in memory, its articles as
 * the worker reads them from their body files. Returns controls to hold a kind of request (to see the page wait) or fail it.
 */
export function serveLargeDataset(dataset: Dataset, { searchFile = 'missing' }: { searchFile?: Setup['searchFile'] } = {}) {
  const current: Setup = { dataset, searchFile, held: new Map(), failing: new Set() };
  setup = current;
  return {
    hold(method: Method): () => void {
      let release = () => {};
      current.held.set(method, new Promise<void>((resolve) => (release = resolve)));
      return release;
    },
    fail(method: Method): void {
      current.failing.add(method);
    },
  };
}

/** The `search.bin` the ingest would write for the dataset, as the worker's download gives it. */
function searchFileOf({ dataset, searchFile }: Setup): ArrayBuffer | null {
  if (searchFile === 'missing') return null;
  if (searchFile === 'corrupt') return new TextEncoder().encode('SRX1 not a search file').buffer;
  const { articles, ...envelope } = dataset;
  const files = [...encodeDatasetFiles(envelope, articles.length, (i) => articles[i]!)];
  return files.find((file) => file.path === SEARCH_FILE)!.bytes.slice().buffer;
}

const later = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * ExploreWorkerClient with the worker thread taken out: the same methods, answered a macrotask later
 * by the real ExploreService over the real index format, each answer structured-cloned as postMessage
 * would. Only the thread is fake; every answer is computed as the worker computes it.
 */
export class FakeExploreWorkerClient {
  readonly ready: Promise<IndexSummary>;
  private readonly service: ExploreService;
  private readonly setup: Setup;
  private readonly searchBuilt: Promise<void>;

  constructor(_url: string) {
    if (!setup) throw new Error('call serveLargeDataset() before rendering');
    this.setup = setup;
    const { articles, ...envelope } = setup.dataset;
    const buffer = encodeArticleIndex(envelope, articles.length, (i) => articles[i]!).slice().buffer;
    this.service = new ExploreService(decodeArticleIndex(buffer));
    this.ready = later().then(() => structuredClone(this.service.summary()));
    this.searchBuilt = this.service.prepareSearch(async () => searchFileOf(this.setup), async () => {}).then(() => {});
  }

  listen(): () => void {
    return () => {};
  }

  exportFile(request: ExportRequest): Promise<string> {
    return this.answer('export', async () => {
      if (request.filters.q.trim()) await this.searchBuilt;
      return this.service.exportFile(request);
    });
  }

  async events(request: EventsRequest): Promise<PlacedEvents> {
    await later();
    return structuredClone(this.service.events(request));
  }

  select(request: ExploreRequest, onAnswer: (answer: ExploreAnswer) => void): void {
    void later().then(() => onAnswer(structuredClone(this.service.select(request))));
  }

  async count(list: readonly Filters[]): Promise<number[]> {
    await later();
    if (list.some((filters) => filters.q.trim())) await this.searchBuilt;
    return list.map((filters) => this.service.count(filters));
  }

  async article(articleId: string): Promise<Article | null> {
    await later();
    return structuredClone(this.setup.dataset.articles.find((article) => article.id === articleId) ?? null);
  }

  organization(request: OrganizationRequest): Promise<OrganizationProfile | null> {
    return this.answer('organization', async () => this.service.organization(request));
  }

  steps(request: StepsRequest): Promise<ArticleSteps | null> {
    // As the worker does: a search's results wait for the search index.
    return this.answer('steps', async () => {
      if (request.filters.q.trim()) await this.searchBuilt;
      return this.service.steps(request);
    });
  }

  summary(request: SummaryRequest): Promise<SummaryModel> {
    return this.answer('summary', async () => {
      if (request.filters.q.trim()) await this.searchBuilt;
      return this.service.summaryModel(request);
    });
  }

  terminate(): void {}

  private async answer<T>(method: Method, compute: () => Promise<T>): Promise<T> {
    await later();
    await this.setup.held.get(method);
    if (this.setup.failing.has(method)) throw new Error(`The worker failed on ${method}.`);
    return structuredClone(await compute());
  }
}
