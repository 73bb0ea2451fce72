/** VitePress's default theme, with the API tree (ApiNav.vue) under the guides in the sidebar. */
import DefaultTheme from 'vitepress/theme';
import { h } from 'vue';
import ApiNav from './ApiNav.vue';
import './style.css';

export default {
  extends: DefaultTheme,
  Layout: () => h(DefaultTheme.Layout, null, { 'sidebar-nav-after': () => h(ApiNav) }),
};
