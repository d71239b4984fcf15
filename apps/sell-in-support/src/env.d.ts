/** Which secure setting carries the Sell token, fixed at build time by app-build (OAuth or personal token). */
declare const __SELL_TOKEN_SETTING__: 'access_token' | 'sell_api_token';
