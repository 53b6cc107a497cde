import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: '登记异议 An objection raised during publicity.' })
export class RecordObjectionInput {
  @Field(() => String, { description: '流程 (workflow of the record: JobPlacement or AssistanceProduct)' })
  workflow: string;

  @Field(() => ID, { description: '对象 id (the record in publicity)' })
  recordId: string;

  @Field(() => String, { description: '异议内容 (what is objected to, at most 2000 characters)' })
  content: string;

  @Field(() => String, {
    nullable: true,
    description: '反映人姓名 (objector’s name; kept confidential, shown in full only to those who decide objections)',
  })
  objectorName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '反映人联系方式 (objector’s phone or address; kept confidential, shown in full only to those who decide objections, never on a printed list)',
  })
  objectorContact?: string | null;
}
