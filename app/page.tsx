export default function HomePage() {
  return (
    <>
      <h1 className="text-2xl font-semibold">DrugNet portal</h1>
      <p className="mt-2">
        The patient order page is being built. Integrators: see the <a href="/docs/api">API documentation</a>.
      </p>
    </>
  );
}
