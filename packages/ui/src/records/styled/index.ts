import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

/*
 * Record card parts. Colours come from theme variables so dark mode follows the host; sizes from theme tokens.
 * [1] `anywhere` lets long unbroken values (URLs, hostile strings) wrap inside the ~350px sidebar.
 */

export const StyledCard = styled.article`
  border: 1px solid ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.raised' })};
  padding: ${(p) => p.theme.space.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
  overflow-wrap: anywhere; /* [1] */
`;

export const StyledBareCard = styled.article`
  overflow-wrap: anywhere; /* [1] */
`;

export const StyledCardHeader = styled.header`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
  margin-bottom: ${(p) => p.theme.space.xs};
`;

export const StyledTitle = styled.h2`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.lg};
  line-height: ${(p) => p.theme.lineHeights.lg};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const StyledSubtle = styled.p`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

export const StyledFieldList = styled.dl<{ $compact: boolean }>`
  display: grid;
  grid-template-columns: minmax(72px, 36%) 1fr;
  column-gap: ${(p) => p.theme.space.xs};
  row-gap: ${(p) => (p.$compact ? '2px' : p.theme.space.xxs)};
  margin: 0 0 ${(p) => p.theme.space.xs};
  font-size: ${(p) => (p.$compact ? p.theme.fontSizes.sm : p.theme.fontSizes.md)};
  line-height: ${(p) => (p.$compact ? p.theme.lineHeights.sm : p.theme.lineHeights.md)};
`;

export const StyledLabel = styled.dt`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

export const StyledValue = styled.dd`
  margin: 0;
  min-width: 0;
  overflow-wrap: anywhere; /* [1] */
`;

export const StyledLongText = styled.span`
  white-space: pre-wrap;
`;

/**
 * An email on one line, cut with an ellipsis instead of broken mid-word; the whole address shows on hover (title)
 * and while the link has keyboard focus.
 */
export const StyledOneLine = styled.span`
  display: inline-block;
  max-width: 100%;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  overflow-wrap: normal;
  vertical-align: bottom;

  a:focus-visible > & {
    white-space: normal;
    overflow-wrap: anywhere;
  }
`;

export const StyledLine = styled.span`
  display: block;
`;

export const StyledInlineList = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.xxs};
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const StyledSectionTitle = styled.h3`
  margin: ${(p) => p.theme.space.sm} 0 ${(p) => p.theme.space.xxs};
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const StyledDealList = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const StyledDeal = styled.li`
  border-top: 1px solid ${(p) => getColor({ theme: p.theme, variable: 'border.subtle' })};
  padding: ${(p) => p.theme.space.xs} 0 0;
  margin-top: ${(p) => p.theme.space.xs};
`;

export const StyledDealName = styled.p`
  margin: 0 0 ${(p) => p.theme.space.xxs};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const StyledStack = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
`;

/** A record's kind in front of its name in the list of other matches. */
export const StyledKind = styled.span`
  font-size: ${(p) => p.theme.fontSizes.sm};
  font-weight: ${(p) => p.theme.fontWeights.regular};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  margin-inline-end: ${(p) => p.theme.space.xxs};
`;
