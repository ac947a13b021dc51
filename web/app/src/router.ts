import { createRouter, createWebHashHistory } from 'vue-router'
import HomePage from './pages/HomePage.vue'
import { session } from '@suishoupai/web-shared/auth/session'

// Hash history: the app is static files under /app/ on any host (the all-in-one app, S3 + CloudFront, a WeChat
// official account's menu link) and no server has to map deep links back to index.html.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', component: HomePage },
    { path: '/report', meta: { signIn: true }, component: () => import('./pages/ReportPage.vue') },
    { path: '/report/done/:caseNumber', component: () => import('./pages/ReportDonePage.vue'), props: true },
    { path: '/cases', component: () => import('./pages/LookupPage.vue') },
    { path: '/cases/:caseNumber', component: () => import('./pages/CasePage.vue'), props: true },
    { path: '/mine', meta: { signIn: true }, component: () => import('./pages/MyCasesPage.vue') },
    { path: '/points', meta: { signIn: true }, component: () => import('./pages/PointsPage.vue') },
    { path: '/following', meta: { signIn: true }, component: () => import('./pages/FollowingPage.vue') },
    { path: '/signin', component: () => import('./pages/SignInPage.vue') },
  ],
  scrollBehavior: () => ({ top: 0 }),
})

// reporting, my cases and points need a signed-in citizen; the sign-in page brings them back here
router.beforeEach((to) => {
  if (to.meta.signIn && !session.token) return { path: '/signin', query: { to: to.fullPath } }
  return true
})
