// The Hello page: Braid's shell loads this ES module and calls register(braid); braid.page declares a route.
export function register(braid) {
  const { h, api } = braid;
  braid.page('#/hello', async view => {
    const { greeting } = (await api('GET', '/hello/greeting')).body;
    view.replaceChildren(h('h1', {}, 'Hello'), h('p', {}, greeting));
  });
}
