import { Link } from 'react-router-dom';
import { PanelState } from '../../components/PanelState';

export function NotFoundRoute() {
  return (
    <PanelState kind="empty" title="There is no page at this address." action={<Link to="/">Go to Explore</Link>}>
      <p>The link may be truncated or out of date.</p>
    </PanelState>
  );
}
