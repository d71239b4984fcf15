import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

/*
 * Ticket list parts. Colours come from theme variables so dark mode follows the host; sizes from theme tokens.
 * [1] `anywhere` lets long unbroken subjects and names wrap inside the ~350px card.
 * [2] The tag keeps its size; the subject takes the rest of the line and wraps under itself.
 */

export const StyledTicketHeader = styled.h2`
  margin: 0 0 ${(p) => p.theme.space.xs};
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const StyledTicketList = styled.ul`
  margin: 0 0 ${(p) => p.theme.space.xs};
  padding: 0;
  list-style: none;
`;

export const StyledTicket = styled.li`
  padding: ${(p) => p.theme.space.xs} 0;
  border-top: 1px solid ${(p) => getColor({ theme: p.theme, variable: 'border.subtle' })};
  overflow-wrap: anywhere; /* [1] */

  &:first-child {
    border-top: none;
    padding-top: 0;
  }
`;

export const StyledTicketTitle = styled.div`
  display: flex;
  align-items: flex-start;
  gap: ${(p) => p.theme.space.xs};
  font-weight: ${(p) => p.theme.fontWeights.semibold};

  & > :first-child {
    flex: none; /* [2] */
  }

  & > :last-child {
    flex: 1 1 auto; /* [2] */
    min-width: 0;
  }
`;

export const StyledTicketMeta = styled.p`
  margin: ${(p) => p.theme.space.xxs} 0 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

export const StyledNote = styled.p`
  margin: 0 0 ${(p) => p.theme.space.xs};
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;
