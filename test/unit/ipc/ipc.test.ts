import * as assert from 'node:assert/strict';
import { IpcEndpoint, IpcError, isIpcPacket, type IpcPacket } from '../../../src/shared/ipc';
import { ipcWordingOf, pageShellJson, parsePageShell } from '../../../src/shared/pageShell';

// A tiny two-message protocol: the page asks, the host answers and pushes.
type ToHost = { type: 'ready' } | { type: 'add'; a: number; b: number } | { type: 'fail' } | { type: 'silent' };
type HostReplies = { ready: { greeting: string }; add: number; fail: never; silent: never };
type ToPage = { type: 'tick'; n: number };
type PageReplies = { tick: undefined };

/** Two endpoints wired through asynchronous delivery, like postMessage. */
function pair(options: { dropToHost?: boolean } = {}) {
  const wire: { toHost: IpcPacket[]; toPage: IpcPacket[] } = { toHost: [], toPage: [] };
  const page = new IpcEndpoint<ToHost, HostReplies, ToPage, PageReplies>({
    side: 'page',
    post: (packet) => {
      wire.toHost.push(packet);
      if (!options.dropToHost) queueMicrotask(() => host.receive(structuredClone(packet)));
    },
  });
  const host = new IpcEndpoint<ToPage, PageReplies, ToHost, HostReplies>({
    side: 'host',
    post: (packet) => {
      wire.toPage.push(packet);
      queueMicrotask(() => page.receive(structuredClone(packet)));
    },
  });
  return { page, host, wire };
}

describe('IpcEndpoint', () => {
  it('resolves a request with the value its handler returns', async () => {
    const { page, host } = pair();
    host.handle('add', ({ a, b }) => a + b);
    assert.equal(await page.request({ type: 'add', a: 2, b: 3 }), 5);
  });

  it('resolves asynchronous handlers', async () => {
    const { page, host } = pair();
    host.handle('ready', async () => ({ greeting: 'hi' }));
    assert.deepEqual(await page.request({ type: 'ready' }), { greeting: 'hi' });
  });

  it('rejects with the handler error sentence and kind, without stack', async () => {
    const { page, host, wire } = pair();
    host.handle('fail', () => {
      throw Object.assign(new Error('Could not reach Alibaba Cloud.'), { kind: 'network' });
    });
    await assert.rejects(page.request({ type: 'fail' }), (error: unknown) => error instanceof IpcError && error.kind === 'network' && error.message === 'Could not reach Alibaba Cloud.');
    assert.doesNotMatch(JSON.stringify(wire.toPage), /at .*ipc\.test/);
  });

  it('rejects a request for a type without handler', async () => {
    const { page } = pair();
    await assert.rejects(page.request({ type: 'ready' }), (error: unknown) => error instanceof IpcError && error.code === 'no-handler');
  });

  it('times out when no answer comes', async () => {
    const { page } = pair({ dropToHost: true });
    await assert.rejects(page.request({ type: 'ready' }, { timeoutMs: 20 }), (error: unknown) => error instanceof IpcError && error.code === 'timeout');
    assert.equal(page.pendingCount, 0);
  });

  it('rejects pending requests on dispose', async () => {
    const { page } = pair({ dropToHost: true });
    const pending = page.request({ type: 'ready' }, { timeoutMs: 0 });
    page.dispose();
    await assert.rejects(pending, (error: unknown) => error instanceof IpcError && error.code === 'disposed');
  });

  it("words its own failures with the page's strings once it has them (the display language)", async () => {
    const shell = { retry: '重试', noAnswer: 'VS Code 在 {0} 秒内没有响应，请重试。', closed: '面板已关闭。', unreachable: '面板无法连接到 VS Code。' };
    const { page } = pair({ dropToHost: true });
    page.useWording(ipcWordingOf(shell));
    await assert.rejects(
      page.request({ type: 'ready' }, { timeoutMs: 1_000 }),
      (error: unknown) => error instanceof IpcError && error.message === 'VS Code 在 1 秒内没有响应，请重试。' && error.request === 'ready',
    );
    const pending = page.request({ type: 'ready' }, { timeoutMs: 0 });
    page.dispose();
    await assert.rejects(pending, (error: unknown) => error instanceof IpcError && error.message === '面板已关闭。');
    await assert.rejects(page.request({ type: 'ready' }), (error: unknown) => error instanceof IpcError && error.message === '面板已关闭。');
    const unreachable = new IpcEndpoint<ToHost, HostReplies, ToPage, PageReplies>({
      side: 'page',
      post: () => {
        throw new Error('no webview');
      },
    });
    unreachable.useWording(ipcWordingOf(shell));
    await assert.rejects(unreachable.request({ type: 'ready' }), (error: unknown) => error instanceof IpcError && error.code === 'post-failed' && error.message === '面板无法连接到 VS Code。');
  });

  it('carries the shell strings through HTML as JSON that cannot close its script element, and refuses partial ones', () => {
    const strings = { retry: 'Retry</script><script>alert(1)</script>', noAnswer: 'n {0}', closed: 'c', unreachable: 'u' };
    const json = pageShellJson(strings);
    assert.doesNotMatch(json, /</);
    assert.deepEqual(parsePageShell(JSON.parse(json)), strings);
    assert.equal(parsePageShell({ retry: 'Retry', noAnswer: 'n', closed: 'c' }), undefined);
    assert.equal(parsePageShell('Retry'), undefined);
  });

  it('answers concurrent requests by id, whatever the completion order', async () => {
    const { page, host } = pair();
    host.handle('add', async ({ a, b }) => {
      await new Promise((resolve) => setTimeout(resolve, a));
      return a + b;
    });
    const results = await Promise.all([page.request({ type: 'add', a: 30, b: 1 }), page.request({ type: 'add', a: 1, b: 1 })]);
    assert.deepEqual(results, [31, 2]);
  });

  it('delivers notifications without sending a reply', async () => {
    const { page, host, wire } = pair();
    const seen: number[] = [];
    page.handle('tick', ({ n }) => {
      seen.push(n);
      return undefined;
    });
    host.notify({ type: 'tick', n: 7 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual({ seen, replies: wire.toHost.length }, { seen: [7], replies: 0 });
  });

  it('ignores values that are not its envelopes', () => {
    const { host } = pair();
    assert.deepEqual([host.receive({ type: 'ready' }), host.receive(null), host.receive('x')], [false, false, false]);
  });

  it('recognises both envelope shapes', () => {
    assert.equal(isIpcPacket({ channel: 'cloud-tickets-ipc', id: 'a-1', message: { type: 'x' }, wantsReply: false }), true);
    assert.equal(isIpcPacket({ channel: 'cloud-tickets-ipc', replyTo: 'a-1', value: 1 }), true);
    assert.equal(isIpcPacket({ channel: 'cloud-tickets-ipc', id: 'a-1', message: 'x' }), false);
  });

  it('fails a request at once when posting throws', async () => {
    const page = new IpcEndpoint<ToHost, HostReplies, ToPage, PageReplies>({
      side: 'page',
      post: () => {
        throw new Error('gone');
      },
    });
    await assert.rejects(page.request({ type: 'ready' }), (error: unknown) => error instanceof IpcError && error.code === 'post-failed');
  });
});
