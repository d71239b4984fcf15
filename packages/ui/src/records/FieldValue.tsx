import { useId, useState } from 'react';
import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import type { FieldRow } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import { StyledInlineList, StyledLine, StyledLongText, StyledOneLine } from './styled';

/** Text cut by `toFieldRows`, with a toggle that shows the whole value in place. */
function TruncatedText({ text, fullText, multiline }: { text: string; fullText: string; multiline: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  const Text = multiline ? StyledLongText : 'span';
  return (
    <>
      <Text id={id} dir="auto">
        {open ? fullText : text}
      </Text>{' '}
      <Button isLink size="small" aria-expanded={open} aria-controls={id} onClick={() => setOpen((value) => !value)}>
        {t(open ? 'record.show_less' : 'record.show_more')}
      </Button>
    </>
  );
}

/** Only `row.href` ever becomes a link: core vetted it (http(s), mailto, tel); anything else stays text. */
function LinkValue({ row }: { row: FieldRow & { href: string } }) {
  const { t } = useI18n();
  if (row.kind === 'url') {
    return (
      <Anchor href={row.href} isExternal target="_blank" rel="noopener noreferrer" externalIconLabel={t('record.opens_new_tab')} dir="auto">
        {row.text}
      </Anchor>
    );
  }
  if (row.kind === 'email') {
    return (
      <Anchor href={row.href} dir="auto" title={row.text}>
        <StyledOneLine>{row.text}</StyledOneLine>
      </Anchor>
    );
  }
  return (
    <Anchor href={row.href} dir="auto">
      {row.text}
    </Anchor>
  );
}

/** One field value rendered by its kind; every string is rendered as text, never as markup. */
export function FieldValue({ row }: { row: FieldRow }) {
  const { t } = useI18n();
  if (row.href) return <LinkValue row={{ ...row, href: row.href }} />;
  if (row.items && (row.kind === 'tags' || row.kind === 'multiChoice')) {
    return (
      <StyledInlineList>
        {row.items.map((item, index) => (
          <li key={index}>
            <Tag size="small" isRegular>
              <span dir="auto">{item}</span>
            </Tag>
          </li>
        ))}
      </StyledInlineList>
    );
  }
  if (row.lines && row.lines.length > 0) {
    return (
      <>
        {row.lines.map((line, index) => (
          <StyledLine key={index} dir="auto">
            {line}
          </StyledLine>
        ))}
      </>
    );
  }
  if (row.textKey) return <span>{t(row.textKey)}</span>;
  if (row.truncated && row.fullText !== undefined) {
    return <TruncatedText text={row.text} fullText={row.fullText} multiline={row.kind === 'longText'} />;
  }
  if (row.kind === 'longText') return <StyledLongText dir="auto">{row.text}</StyledLongText>;
  return <span dir="auto">{row.text}</span>;
}
