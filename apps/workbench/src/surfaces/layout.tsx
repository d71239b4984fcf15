import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

/** Three columns like the agent workspaces: a list, the conversation, and the context panel with the app. */
export const StyledColumns = styled.div`
  display: grid;
  grid-template-columns: 240px minmax(320px, 1fr) 360px;
  gap: 0;
  height: calc(100vh - 96px);
  min-height: 520px;
`;

export const StyledPane = styled.section`
  overflow: auto;
  padding: 12px;
  border-right: 1px solid ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
`;

export const StyledSidePane = styled(StyledPane)`
  display: flex;
  flex-direction: column;
  gap: 12px;

  /* The pane scrolls; its boxes keep their height instead of being squeezed and cut. */
  & > * {
    flex-shrink: 0;
  }

  background: ${(p) => getColor({ theme: p.theme, variable: 'background.subtle' })};
`;

export const StyledAppBox = styled.div`
  border: 1px solid ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: 4px;
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
  overflow: hidden;
`;

export const StyledAppTitle = styled.div`
  padding: 6px 10px;
  font-size: 12px;
  font-weight: 600;
  border-bottom: 1px solid ${(p) => getColor({ theme: p.theme, variable: 'border.subtle' })};
`;

export const StyledListButton = styled.button<{ $active: boolean }>`
  display: block;
  width: 100%;
  margin-bottom: 4px;
  padding: 8px;
  border: 1px solid ${(p) => getColor({ theme: p.theme, variable: p.$active ? 'border.primaryEmphasis' : 'border.subtle' })};
  border-radius: 4px;
  background: ${(p) => getColor({ theme: p.theme, variable: p.$active ? 'background.recessed' : 'background.default' })};
  color: inherit;
  text-align: start;
  cursor: pointer;
  font: inherit;
`;

export const StyledMessage = styled.div<{ $mine: boolean }>`
  max-width: 80%;
  margin: 6px 0;
  margin-inline-start: ${(p) => (p.$mine ? 'auto' : '0')};
  padding: 6px 10px;
  border-radius: 8px;
  background: ${(p) => getColor({ theme: p.theme, variable: p.$mine ? 'background.primaryEmphasis' : 'background.emphasis' })};
  color: ${(p) => getColor({ theme: p.theme, variable: p.$mine ? 'foreground.onEmphasis' : 'foreground.default' })};
  white-space: pre-wrap;
  word-break: break-word;
`;
