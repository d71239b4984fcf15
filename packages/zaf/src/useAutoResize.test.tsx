import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { ClientProvider } from './ClientProvider';
import { createFakeClient, type FakeClient } from './testing';
import { useAutoResize } from './useAutoResize';

/** A ResizeObserver the test drives: `resizeTo(height)` reports a new border-box height. */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;

  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }

  observe(element: Element) {
    this.observed.push(element);
  }

  unobserve() {}

  disconnect() {
    this.disconnected = true;
  }

  resizeTo(height: number) {
    const target = this.observed[0]!;
    const entry = {
      target,
      borderBoxSize: [{ blockSize: height, inlineSize: 300 }],
      contentBoxSize: [{ blockSize: height, inlineSize: 300 }],
      devicePixelContentBoxSize: [],
      contentRect: { height, width: 300 } as DOMRectReadOnly,
    } satisfies ResizeObserverEntry;
    this.callback([entry], this);
  }
}

function Sidebar() {
  const ref = useRef<HTMLDivElement>(null);
  useAutoResize(ref);
  return <div ref={ref}>sidebar-content</div>;
}

function resizes(fake: FakeClient) {
  return fake.calls.invoke.filter((call) => call.name === 'resize').map((call) => call.args);
}

async function renderSidebar() {
  const fake = createFakeClient();
  const view = render(
    <ClientProvider client={fake} outside={null}>
      <Sidebar />
    </ClientProvider>,
  );
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
  expect(screen.getByText('sidebar-content')).toBeInTheDocument();
  const observer = FakeResizeObserver.instances.at(-1)!;
  return { fake, observer, ...view };
}

describe('useAutoResize', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeResizeObserver.instances = [];
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('observes the content and tells the host its measured height after a quiet period', async () => {
    const { fake, observer } = await renderSidebar();
    expect(observer.observed[0]).toBe(screen.getByText('sidebar-content'));
    act(() => observer.resizeTo(120.4));
    expect(resizes(fake)).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(resizes(fake)).toEqual([[{ height: '121px' }]]);
  });

  it('sends one resize for a burst of changes, with the last height', async () => {
    const { fake, observer } = await renderSidebar();
    act(() => {
      observer.resizeTo(100);
      observer.resizeTo(180);
      observer.resizeTo(240);
    });
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(resizes(fake)).toEqual([[{ height: '240px' }]]);
  });

  it('does not repeat a height the host already has', async () => {
    const { fake, observer } = await renderSidebar();
    act(() => observer.resizeTo(200));
    await act(() => vi.advanceTimersByTimeAsync(50));
    act(() => observer.resizeTo(200));
    await act(() => vi.advanceTimersByTimeAsync(50));
    act(() => observer.resizeTo(260));
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(resizes(fake)).toEqual([[{ height: '200px' }], [{ height: '260px' }]]);
  });

  it('ignores a zero height (hidden content)', async () => {
    const { fake, observer } = await renderSidebar();
    act(() => observer.resizeTo(0));
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(resizes(fake)).toEqual([]);
  });

  it('disconnects and drops a pending resize on unmount', async () => {
    const { fake, observer, unmount } = await renderSidebar();
    act(() => observer.resizeTo(300));
    unmount();
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(observer.disconnected).toBe(true);
    expect(resizes(fake)).toEqual([]);
  });

  it('does nothing where ResizeObserver is missing', async () => {
    vi.unstubAllGlobals();
    expect(typeof ResizeObserver).toBe('undefined');
    const fake = createFakeClient();
    render(
      <ClientProvider client={fake} outside={null}>
        <Sidebar />
      </ClientProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(screen.getByText('sidebar-content')).toBeInTheDocument();
    expect(resizes(fake)).toEqual([]);
  });
});
