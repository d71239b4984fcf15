import { LoadingSkeleton, SellBridgeTheme } from '@sell-bridge/ui';

/** Before the host registers the app there is no locale or scheme yet: a neutral skeleton shows the app is coming. */
export function Booting() {
  return (
    <SellBridgeTheme colorScheme="light" locale="en">
      <div style={{ padding: 12 }}>
        <LoadingSkeleton />
      </div>
    </SellBridgeTheme>
  );
}
