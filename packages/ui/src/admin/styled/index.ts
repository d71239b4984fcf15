import styled, { css } from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

/*
 * Parts of the admin view (a 720px modal). Colours come from theme variables so dark mode follows the host.
 * [1] `anywhere` lets long names (custom fields, users) wrap instead of widening the modal.
 * [4] The host draws its modal close button over the top corner; the title keeps clear of it.
 * [5] Thirty-odd available fields would push the preview far down; the list scrolls on its own instead.
 * [3] The row being dragged stays in place, faded, while a floating copy follows the pointer (DragOverlay).
 */

export const StyledAdmin = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.md};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
  overflow-wrap: anywhere; /* [1] */
`;

export const StyledHeader = styled.header`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.sm};
  padding-inline-end: ${(p) => p.theme.space.xl}; /* [4] */
`;

export const StyledTitle = styled.h1`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.xl};
  line-height: ${(p) => p.theme.lineHeights.xl};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const StyledSection = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
  padding-top: ${(p) => p.theme.space.sm};
  border-top: 1px solid ${(p) => getColor({ theme: p.theme, variable: 'border.subtle' })};
`;

export const StyledSectionTitle = styled.h2`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const StyledSubtle = styled.p`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

export const StyledList = styled.ul`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const StyledItem = styled.li<{ $dragging?: boolean; $warning?: boolean }>`
  display: flex;
  align-items: center;
  gap: ${(p) => p.theme.space.xs};
  min-height: 36px;
  padding: 2px ${(p) => p.theme.space.xs};
  border: 1px solid ${(p) => getColor({ theme: p.theme, variable: p.$warning ? 'border.warningEmphasis' : 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.raised' })};
  ${(p) =>
    p.$dragging &&
    css`
      opacity: 0.4; /* [3] */
    `}
`;

export const StyledItemLabel = styled.span`
  flex: 1;
  min-width: 0;
`;

export const StyledItemMeta = styled.span`
  display: inline-flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.xxs};
  align-items: center;
`;

export const StyledActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.xs};
  align-items: center;
  justify-content: flex-end;
`;

export const StyledColumns = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  gap: ${(p) => p.theme.space.md};
  align-items: start;
`;

export const StyledPanel = styled.div<{ $over?: boolean }>`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xs};
  min-height: 120px;
  padding: ${(p) => p.theme.space.xs};
  border: 1px dashed ${(p) => getColor({ theme: p.theme, variable: p.$over ? 'border.primaryEmphasis' : 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.subtle' })};
`;

export const StyledPanelTitle = styled.h3`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const StyledPreview = styled.figure`
  margin: 0;
  padding: ${(p) => p.theme.space.sm};
  border: 1px solid ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.raised' })};
`;

export const StyledVisuallyHidden = styled.div`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;

export const StyledScroll = styled.div`
  max-height: 320px; /* [5] */
  overflow-y: auto;
`;
