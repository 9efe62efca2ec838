// Time to tappable on a throttled phone (issue #13's profile): 412x823, 150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4x, a first visit (empty cache, no offline copy).
// "Tappable" is when the first hotspot or place a tap would act on is on screen: a link or button
// on the map that is not inside an inert element, once the page has painted (the later of the
// two: the parser can insert the shell's links while the stylesheet still holds the paint).
// "App live" is when the app has taken over from the static shell (its first render removes
// it). Also: the largest paint, CLS, and every request's start, so the waterfall can be read. For the bench only: times are never asserted by a test.
import { median } from './measure.mjs';

export const phoneProfile = {
  viewport: { width: 412, height: 823 },
  latencyMs: 150,
  downBytesPerSecond: (1.6 * 1000 * 1000) / 8,
  upBytesPerSecond: (750 * 1000) / 8,
  cpuSlowdown: 4,
};

/// What the boot watches for in the exhibit: `tappable`, the places a tap acts on (the shell's
/// links included); `live`, null for "the app's first render removed the static shell", or else a
/// selector whose first shown element marks the app live (the Leaflet peer: its marker buttons).
export const exhibitBoot = { tappable: '.hotspot, .site-marker, .map-frame a[href]', live: null };

function observeBoot({ tappable: tappableSelector, live: liveSelector }) {
  window.__boot = { tappable: null, fcp: null, live: null, lcp: 0, cls: 0 };
  const shown = (selector) => {
    for (const el of document.querySelectorAll(selector)) {
      if (!el.closest('[inert]') && el.getClientRects().length) return true;
    }
    return false;
  };
  const tappable = () => shown(tappableSelector);
  // Looked for only once the page has painted (which also spares the page a forced layout
  // before its stylesheet has arrived): at the first paint, or at the first change after it.
  const check = (at) => {
    if (window.__boot.tappable === null && window.__boot.fcp !== null && tappable()) window.__boot.tappable = at;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === 'first-contentful-paint') {
        window.__boot.fcp = e.startTime;
        check(e.startTime);
      }
    }
  }).observe({ type: 'paint', buffered: true });
  const watch = new MutationObserver(() => {
    check(performance.now());
    if (liveSelector) {
      if (shown(liveSelector)) {
        window.__boot.live = performance.now();
        watch.disconnect();
      }
      return;
    }
    const shell = document.getElementById('static-shell');
    if (shell) window.__boot.shellSeen = true;
    else if (window.__boot.shellSeen && document.querySelector('.exhibit-main')) {
      window.__boot.live = performance.now();
      watch.disconnect();
    }
  });
  watch.observe(document, { subtree: true, childList: true, attributes: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__boot.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__boot.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/// One first visit; `locale` stands for the browser's language, `query` for the link's.
async function oneBoot(browser, url, { locale, query }, watchFor, onRequest) {
  const context = await browser.newContext({ viewport: phoneProfile.viewport, locale, serviceWorkers: 'block', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  if (onRequest) page.on('request', onRequest);
  await page.addInitScript(observeBoot, watchFor);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: phoneProfile.latencyMs,
    downloadThroughput: phoneProfile.downBytesPerSecond,
    uploadThroughput: phoneProfile.upBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: phoneProfile.cpuSlowdown });
  await page.goto(`${url}${query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__boot.tappable !== null && window.__boot.live !== null, null, { timeout: 60_000 });
  await page.waitForTimeout(1500);
  const boot = await page.evaluate(() => ({
    ...window.__boot,
    requests: performance.getEntriesByType('resource').map((r) => ({ name: r.name.split('/').pop(), startMs: r.startTime, endMs: r.responseEnd })),
  }));
  await context.close();
  return boot;
}

/// Median of `runs` first visits in English and in a Chinese browser; `boot` as exhibitBoot,
/// `onRequest` sees every request the pages make.
export async function phoneBoot(browser, url, runs = 5, boot = exhibitBoot, onRequest = null) {
  const languages = { en: { locale: 'en-US', query: '?lang=en' }, zh: { locale: 'zh-CN', query: '' } };
  const out = {};
  for (const [lang, how] of Object.entries(languages)) {
    const boots = [];
    for (let i = 0; i < runs; i += 1) boots.push(await oneBoot(browser, url, how, boot, onRequest));
    const mid = boots.map((b) => b.tappable).sort((a, b) => a - b)[Math.floor(runs / 2)];
    out[lang] = {
      tappableMs: median(boots.map((b) => b.tappable)),
      liveMs: median(boots.map((b) => b.live)),
      lcpMs: median(boots.map((b) => b.lcp)),
      cls: Math.max(...boots.map((b) => b.cls)),
      waterfall: boots.find((b) => b.tappable === mid).requests,
    };
  }
  return out;
}
