export default function HomePage() {
  return (
    <main>
      <h1>DrugNet portal</h1>
      <p>
        The order page is on its way. Integrators: see the <a href="/docs/api">API documentation</a>.
      </p>
    </main>
  );
}
