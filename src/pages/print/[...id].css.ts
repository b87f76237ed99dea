import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import config from 'virtual:kapkit/config';

// Each worksheet's page set-up for printing: the running header (practice, title, version) and
// "page x of y" footer in @page margin boxes, A4 and Letter as named pages, and room for the ruled
// lines each long answer asks for. A stylesheet of its own, because the Content-Security-Policy
// allows no inline styles.
export async function getStaticPaths() {
	return (await getCollection('worksheets')).map((worksheet) => ({ params: { id: worksheet.id }, props: { worksheet } }));
}

const quote = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

export const GET: APIRoute = ({ props }) => {
	const { data } = props.worksheet as Awaited<ReturnType<typeof getCollection<'worksheets'>>>[number];
	const margins = (size: string) => `
	size: ${size};
	margin: 18mm 15mm 16mm;
	@top-left { content: ${quote(`${config.practiceName} · ${data.title}`)}; font: 9pt system-ui, sans-serif; color: #333; }
	@top-right { content: ${quote(`Version ${data.version}`)}; font: 9pt system-ui, sans-serif; color: #333; }
	@bottom-left { content: ${quote(config.name)}; font: 8pt system-ui, sans-serif; color: #555; }
	@bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #333; }`;
	const lines = data.sections
		.flatMap((section) => section.fields)
		.flatMap((field) => (field.type === 'longtext' ? [`#field-${field.id} { height: calc(${field.lines} * var(--kap-rule) + 1mm); }`] : []));
	const css = `@page {${margins(config.paperSize === 'Letter' ? 'letter' : 'A4')}
}
@page a4 {${margins('A4')}
}
@page letter {${margins('letter')}
}
@media print {
	html[data-paper='A4'] body { page: a4; }
	html[data-paper='Letter'] body { page: letter; }
	${lines.join('\n\t')}
}
`;
	return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
