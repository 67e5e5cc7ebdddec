// A small React app using the wrappers from `career-widgets/react`: typed props and `on…` event props.
import { CareerLadder, CareerProvider } from 'career-widgets/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [stage, setStage] = useState<string | null>(null);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '64rem', margin: '0 auto' }}>
      <h1>Plan your next step</h1>
      <p id="chosen" aria-live="polite">
        {stage ? `You picked the stage "${stage}".` : 'Pick a stage on the ladder.'}
      </p>
      <CareerProvider>
        <CareerLadder current="entry" onStageChange={(event) => setStage(event.detail.stage)} />
      </CareerProvider>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
