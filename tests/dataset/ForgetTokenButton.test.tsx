import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAccessToken, saveAccessToken } from '../../src/dataset/access-token';
import { ForgetTokenButton } from '../../src/dataset/ForgetTokenButton';

describe('ForgetTokenButton', () => {
  afterEach(() => window.localStorage.clear());

  it('removes the token this browser keeps for the team API, then lets the page ask again', async () => {
    saveAccessToken('srt_example');
    const onForgotten = vi.fn();
    render(<ForgetTokenButton apiBase="/api/v1" onForgotten={onForgotten} />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent('reads your team’s server with the access token kept in this browser');
    await userEvent.click(screen.getByRole('button', { name: 'Forget the token' }));
    expect(readAccessToken()).toBeNull();
    expect(onForgotten).toHaveBeenCalledOnce();
  });

  it('is not there on a static dashboard, nor before a token is entered, and appears once one is', () => {
    saveAccessToken('srt_example');
    const { unmount } = render(<ForgetTokenButton apiBase={null} onForgotten={() => undefined} />);
    expect(screen.queryByRole('button')).toBeNull();
    unmount();
    window.localStorage.clear();
    render(<ForgetTokenButton apiBase="/api/v1" onForgotten={() => undefined} />);
    expect(screen.queryByRole('button')).toBeNull();
    // Entered in the form without a reload: the footer follows.
    act(() => saveAccessToken('srt_entered'));
    expect(screen.getByRole('button', { name: 'Forget the token' })).toBeInTheDocument();
  });
});
