import { createRouter, createWebHashHistory } from 'vue-router'
import { session } from '@suishoupai/web-shared/auth/session'
import { myQueues } from './roles'

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: () => (!session.token ? '/signin' : myQueues()[0] ? `/queue/${myQueues()[0]}` : '/dashboard') },
    { path: '/signin', component: () => import('./pages/SignInPage.vue') },
    { path: '/queue/:queue', component: () => import('./pages/QueuePage.vue'), props: true, meta: { signIn: true } },
    { path: '/admin/components', component: () => import('./pages/ComponentsPage.vue'), meta: { signIn: true } },
    { path: '/admin/areas', component: () => import('./pages/AreasPage.vue'), meta: { signIn: true } },
    { path: '/admin/:name', component: () => import('./pages/AdminPage.vue'), props: true, meta: { signIn: true } },
    { path: '/register', component: () => import('./pages/RegisterPage.vue'), meta: { signIn: true } },
    { path: '/dashboard', component: () => import('./pages/DashboardPage.vue'), meta: { signIn: true } },
    { path: '/case/:caseNumber', component: () => import('./pages/CaseDeskPage.vue'), props: true, meta: { signIn: true } },
  ],
})

router.beforeEach((to) => {
  if (to.meta.signIn && !session.token) return { path: '/signin', query: { to: to.fullPath } }
  return true
})
