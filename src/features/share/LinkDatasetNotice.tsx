import type { Dataset } from '../../domain/schema';
import { datasetStamp } from '../../dataset/dataset-stamp';
import type { ExploreState } from '../../url-state/explore-url';
import type { ExploreUpdate } from '../../url-state/use-explore-url';

/**
 * Says when a shared link was made on older data, and offers the articles published since. The
 * dataset does not record when each article arrived, so "new" means published after the link's day.
 */
interface LinkDatasetNoticeProps {
  state: ExploreState;
  dataset: Pick<Dataset, 'generatedAt' | 'datasetVersion'>;
  /** How many articles the current data holds. */
  articleCount: number;
  update: ExploreUpdate;
}

export function LinkDatasetNotice({ state, dataset, articleCount, update }: LinkDatasetNoticeProps) {
  const stamp = state.dataset;
  if (!stamp || stamp === datasetStamp(dataset)) return null;
  const madeOn = stamp.slice(0, 10);
  const showNew = () =>
    update((s) => ({ ...s, filters: { ...s.filters, from: madeOn.slice(0, 7), to: null, rolling: null }, view: { ...s.view, sort: 'date' } }));
  return (
    <div className="notice notice--info" role="status">
      <p>
        This link was made on the dataset of {madeOn}; the data has changed since (now {dataset.generatedAt.slice(0, 10)}, {articleCount.toLocaleString('en-US')}{' '}
        articles). The view below uses the current data.
      </p>
      <button type="button" className="button" onClick={showNew}>
        Show what’s new since this link was made
      </button>
    </div>
  );
}
