import { forwardRef, type ReactNode } from 'react';
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

const StyledSurface = styled.div`
  padding: 12px;
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
`;

/** The app's page: the theme's background and text colour (dark mode included), sized by its content. */
export const AppSurface = forwardRef<HTMLDivElement, { children: ReactNode }>(function AppSurface({ children }, ref) {
  return <StyledSurface ref={ref}>{children}</StyledSurface>;
});
