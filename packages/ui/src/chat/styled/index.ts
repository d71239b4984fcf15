import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

/*
 * Top bar parts. Colours come from theme variables so dark mode follows the host; sizes from theme tokens.
 * [1] `anywhere` lets long unbroken visitor text (URLs, hostile strings) wrap inside the ~380px panel.
 * [2] A visible focus ring on the list rows, which are plain buttons styled as rows.
 */

export const StyledPanel = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
  overflow-wrap: anywhere; /* [1] */
`;

export const StyledHeader = styled.header`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.xs};
`;

export const StyledHeading = styled.h2`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.lg};
  line-height: ${(p) => p.theme.lineHeights.lg};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const StyledSection = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
`;

export const StyledSectionTitle = styled.h3`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  text-transform: uppercase;
  letter-spacing: 0.04em;
`;

export const StyledList = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
`;

export const StyledRow = styled.button<{ $unread: boolean }>`
  display: grid;
  grid-template-columns: 1fr auto;
  gap: 2px ${(p) => p.theme.space.xs};
  width: 100%;
  padding: ${(p) => p.theme.space.xs};
  border: 1px solid ${(p) => getColor({ theme: p.theme, variable: p.$unread ? 'border.primaryEmphasis' : 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.raised' })};
  color: inherit;
  font: inherit;
  text-align: start;
  cursor: pointer;

  &:hover {
    background: ${(p) => getColor({ theme: p.theme, variable: 'background.subtle' })};
  }

  &:focus-visible {
    outline: 2px solid ${(p) => getColor({ theme: p.theme, variable: 'border.primaryEmphasis' })}; /* [2] */
    outline-offset: 1px;
  }
`;

export const StyledName = styled.span<{ $strong?: boolean }>`
  font-weight: ${(p) => (p.$strong ? p.theme.fontWeights.semibold : p.theme.fontWeights.regular)};
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

export const StyledSubtle = styled.span`
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

export const StyledPreview = styled(StyledSubtle)`
  grid-column: 1 / -1;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

export const StyledLines = styled.ol`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
  margin: 0;
  padding: 0;
  list-style: none;
  max-height: 280px;
  overflow-y: auto;
`;

export const StyledLine = styled.li<{ $mine: boolean }>`
  max-width: 85%;
  align-self: ${(p) => (p.$mine ? 'flex-end' : 'flex-start')};
  padding: ${(p) => `${p.theme.space.xxs} ${p.theme.space.xs}`};
  border-radius: ${(p) => p.theme.borderRadii.md};
  background: ${(p) => getColor({ theme: p.theme, variable: p.$mine ? 'background.primaryEmphasis' : 'background.subtle' })};
  color: ${(p) => getColor({ theme: p.theme, variable: p.$mine ? 'foreground.onEmphasis' : 'foreground.default' })};
  white-space: pre-wrap;
  overflow-wrap: anywhere; /* [1] */
`;

export const StyledLineMeta = styled.span`
  display: block;
  font-size: ${(p) => p.theme.fontSizes.xs};
  line-height: ${(p) => p.theme.lineHeights.sm};
  opacity: 0.8;
`;

export const StyledActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${(p) => p.theme.space.xs};
`;

export const StyledBox = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
  padding: ${(p) => p.theme.space.xs};
  border: 1px solid ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
`;
