export { TicketList, type TicketListProps } from './TicketList';
export { TicketStatusTag } from './TicketStatusTag';
