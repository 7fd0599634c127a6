import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/text-field/src/vaadin-text-field.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '30e579cdcd9446fe30069f2e8e6d56f565682c15b487dda96f05afd2b3364ea8') {
    pending.push(import('./chunks/chunk-acc6c3d3ce544650889913683339e21d5a04781fee691a29ba72feaf9e43d7bf.js'));
  }
  if (key === '47ea642a8b525b30516aae22ac2a1376cfad8e0f26707425f74063f8f4b1a593') {
    pending.push(import('./chunks/chunk-1e4dd3296f719cb7f919661be949241435bf939bd264dc448cb132318b1eebfd.js'));
  }
  if (key === '7e92aaa3b7659dfe5347967a421806ae74ee641cab9cc6eec3e487f4ed1db6be') {
    pending.push(import('./chunks/chunk-23deae66b2e40dce767d0cfdf601cc4fb5f6fb254444719173e2f0e3752cd297.js'));
  }
  if (key === 'e15b217fbac5b5aaff1446ac53db79cff555139febd06968c2b6c23a325548a3') {
    pending.push(import('./chunks/chunk-614e8afa3f68d3bf7d59b70ce9911f181a3532094fcdc56a6aae81466eb8f18b.js'));
  }
  if (key === '886bd7d20740b974048d65d121a5ffa80630a5863d95baefd0a737232cd7ec46') {
    pending.push(import('./chunks/chunk-5bb16ea4a66452446369e03df7200e1c6088dee2ec7f9d9b6c5023a48a637676.js'));
  }
  if (key === 'eaa9e585b6fc5fd055245fb79d85d2d2f27cbe43509f9a90d1624482bdb5f895') {
    pending.push(import('./chunks/chunk-23deae66b2e40dce767d0cfdf601cc4fb5f6fb254444719173e2f0e3752cd297.js'));
  }
  if (key === '59251fe39796b6882a1ac8f080c07cfcfea73ca4483bb350b394dc8aa134180b') {
    pending.push(import('./chunks/chunk-5bb16ea4a66452446369e03df7200e1c6088dee2ec7f9d9b6c5023a48a637676.js'));
  }
  return Promise.all(pending);
}
window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}