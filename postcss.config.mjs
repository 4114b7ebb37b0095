// Tailwind CSS 4 runs as a PostCSS plugin inside Next.js's build.
export default {
  plugins: { '@tailwindcss/postcss': {} },
};
