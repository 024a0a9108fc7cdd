/** Said on every page of a synthetic dataset: its articles, organizations and figures are invented. */
export function SyntheticNotice({ count }: { count: number }) {
  return (
    <p className="notice notice--warning" role="note">
      <strong>Synthetic data.</strong> These {count.toLocaleString('en-US')} articles were generated for scale tests; their
      text, figures and many organizations are invented.
    </p>
  );
}
