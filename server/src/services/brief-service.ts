// "Explain this connection": reads the relations asked for and builds their brief, with its Markdown and HTML.
import type { BriefRequest, BriefResponse } from '@kgx/contract';
import { readBriefMaterial } from '../graph/brief-relations.ts';
import type { GraphClient } from '../graph/client.ts';
import { renderBriefHtml } from './brief-html.ts';
import { renderBriefMarkdown } from './brief-markdown.ts';
import { briefTitle, buildBriefBody, type BriefContent } from './brief-sentences.ts';
import type { VocabularyService } from './vocabulary-service.ts';

export class BriefService {
  constructor(
    private readonly client: GraphClient,
    private readonly vocabulary: VocabularyService,
  ) {}

  /**
   * Ids that name no relation are listed in `notFound`, not refused, even when none is found: a shared view may name
   * relations a removed data set took with it, and the brief says so.
   */
  async brief(request: BriefRequest): Promise<BriefResponse> {
    const { relations, documents } = await readBriefMaterial(this.client, request.relationIds);
    let vocabulary = await this.vocabulary.current();
    // A type the vocabulary does not know may come from an import another process just made: look again once.
    const known = new Set(vocabulary.relationTypes.map((t) => t.type));
    if ([...relations.values()].some(({ relation }) => !known.has(relation.type))) vocabulary = await this.vocabulary.refresh();
    const content: BriefContent = {
      title: briefTitle(request, relations.values()),
      ...buildBriefBody({ relationIds: request.relationIds, relations, documents, vocabulary }),
    };
    return { ...content, markdown: renderBriefMarkdown(content), html: renderBriefHtml(content) };
  }
}
