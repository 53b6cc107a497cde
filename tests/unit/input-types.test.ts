import 'reflect-metadata';
import { Arg, Field, ID, InputType, Int, Mutation, Query, Resolver, buildSchema } from 'type-graphql';
import { IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { GraphQLError, isInputObjectType, printType } from 'graphql';
import { PartialInput } from '../../server/src/core/input-types';
import { labelOf, validateArgument } from '../../server/src/core/validation';

@InputType({ description: '新建样例 A new sample.' })
class CreateSampleInput {
  @Field(() => String, { description: '名称 (name, 2–20 characters)' })
  @Length(2, 20)
  name: string;

  @Field(() => ID, { description: '所属单位 (organization; cannot change)' })
  organizationId: string;

  @Field(() => Int, { defaultValue: 1, description: '数量 (count, 1..9; default 1)' })
  @Min(1)
  @Max(9)
  count: number;

  @Field(() => [String], { description: '标签 (tags)' })
  tags: string[];

  @Field(() => String, { nullable: true, description: '备注 (notes)' })
  @IsOptional()
  @MaxLength(5)
  notes?: string | null;
}

@InputType({ description: '修改样例 Changes to a sample.' })
class UpdateSampleInput extends PartialInput(CreateSampleInput, {
  omit: ['organizationId'],
  descriptions: { count: '数量 (count, 1..9)' },
}) {
  @Field(() => Boolean, { nullable: true, description: '停用 (disabled)' })
  disabled?: boolean;
}

@Resolver()
class SampleResolver {
  @Query(() => Boolean)
  ping(): boolean {
    return true;
  }

  @Mutation(() => Boolean)
  createSample(@Arg('input', () => CreateSampleInput) input: CreateSampleInput): boolean {
    return Boolean(input);
  }

  @Mutation(() => Boolean)
  updateSample(@Arg('input', () => UpdateSampleInput) input: UpdateSampleInput): boolean {
    return Boolean(input);
  }
}

function update(values: Partial<UpdateSampleInput>): UpdateSampleInput {
  return Object.assign(new UpdateSampleInput(), values);
}

async function problemsOf(value: object): Promise<{ field: string; rule: string; message: string }[]> {
  try {
    await validateArgument(value);
    return [];
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return error.extensions.problems as { field: string; rule: string; message: string }[];
  }
}

describe('PartialInput: an update input derived from a create input', () => {
  it('given a create input, when the update is derived, then every kept field is optional with its description and no default, omitted fields are gone and added fields follow', async () => {
    const schema = await buildSchema({ resolvers: [SampleResolver], validate: false });
    const type = schema.getType('UpdateSampleInput');
    if (!isInputObjectType(type)) throw new Error('UpdateSampleInput is not an input type');
    expect(Object.keys(type.getFields())).toEqual(['name', 'count', 'tags', 'notes', 'disabled']);
    expect(printType(type)).toBe(
      [
        '"""修改样例 Changes to a sample."""',
        'input UpdateSampleInput {',
        '  """名称 (name, 2–20 characters)"""',
        '  name: String',
        '',
        '  """数量 (count, 1..9)"""',
        '  count: Int',
        '',
        '  """标签 (tags)"""',
        '  tags: [String!]',
        '',
        '  """备注 (notes)"""',
        '  notes: String',
        '',
        '  """停用 (disabled)"""',
        '  disabled: Boolean',
        '}',
      ].join('\n'),
    );
    // The create input is left as it was.
    const create = schema.getType('CreateSampleInput');
    if (!isInputObjectType(create)) throw new Error('CreateSampleInput is not an input type');
    expect(String(create.getFields().name.type)).toBe('String!');
    expect(create.getFields().count.defaultValue).toBe(1);
  });

  it('given the derived update, when values are validated, then the create rules apply to given values and are skipped for omitted or null ones, with Chinese labels', async () => {
    expect(await problemsOf(update({}))).toEqual([]);
    expect(await problemsOf(update({ name: undefined, count: undefined, notes: null }))).toEqual([]);
    expect(await problemsOf(update({ name: 'ok', count: 9, notes: 'short' }))).toEqual([]);
    const problems = await problemsOf(update({ name: 'x', count: 10, notes: 'too long' }));
    expect(problems.map((p) => `${p.field}:${p.rule}`).sort()).toEqual(['count:max', 'name:isLength', 'notes:maxLength']);
    expect(problems.find((p) => p.field === 'name')?.message).toMatch(/^名称须为 2 至 20 个字符/);
    expect(labelOf(UpdateSampleInput, 'count')).toBe('数量');
    expect(labelOf(UpdateSampleInput, 'disabled')).toBe('停用');
    // The create input still requires its rules.
    expect(
      (await problemsOf(Object.assign(new CreateSampleInput(), { name: 'x', organizationId: 'o', count: 1, tags: [] }))).map(
        (p) => p.field,
      ),
    ).toEqual(['name']);
  });

  it('given a misspelt field to omit or describe, when the update is derived, then it is refused at once', () => {
    // Options from JSON: the types would catch these typos; the check guards untyped callers.
    expect(() => PartialInput(CreateSampleInput, JSON.parse('{"omit":["organisationId"]}'))).toThrow(
      /organisationId is not a field of CreateSampleInput/,
    );
    expect(() => PartialInput(CreateSampleInput, JSON.parse('{"descriptions":{"nmae":"x"}}'))).toThrow(/nmae is not a field/);
  });
});
