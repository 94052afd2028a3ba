// Types of lib/map/svg/vendor/dagre.mjs: the installed @dagrejs/dagre's own, as the code is.
export * from "@dagrejs/dagre";
export { default } from "@dagrejs/dagre";
