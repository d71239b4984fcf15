import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
// Brings ui's Garden typing of the styled-components theme along when another package compiles this file.
import type {} from '../../styled';

/** The form's vertical rhythm: Garden fields stacked with a compact gap for a ~350px sidebar. */
export const StyledLeadForm = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
  min-width: 0;
`;

/** Two short fields side by side (first and last name) that wrap under each other when space runs out. */
export const StyledFieldRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.sm};

  & > * {
    flex: 1 1 120px;
    min-width: 0;
  }
`;

/** A value the agent cannot change (status, source, a fixed owner), shown like a field. */
export const StyledReadOnly = styled.div`
  min-width: 0;
`;

export const StyledReadOnlyLabel = styled.div`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
`;

export const StyledReadOnlyValue = styled.div`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
  overflow-wrap: anywhere;
`;

/** Why a value is what it is (the reason core gave), in the hint colour. */
export const StyledNote = styled.div`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  overflow-wrap: anywhere;
`;

/** Buttons at the end of the form or of a notice. */
export const StyledActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${(p) => p.theme.space.xs};
  margin-top: ${(p) => p.theme.space.xs};
`;

/** Plain list of links and notes inside notices. */
export const StyledList = styled.ul`
  margin: ${(p) => p.theme.space.xxs} 0 0;
  padding: 0;
  list-style: none;

  & > li {
    margin: ${(p) => p.theme.space.xxs} 0;
    overflow-wrap: anywhere;
  }
`;

/** The form's title; a heading so screen-reader users can jump to the form. */
export const StyledHeading = styled.h2`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.md};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  line-height: ${(p) => p.theme.lineHeights.md};
`;
